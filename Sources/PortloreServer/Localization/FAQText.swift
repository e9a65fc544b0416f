/// The questions people search for about a port, and the answers' sentences.
enum FAQText {
    static let usedForQuestion = Phrase(english: "What is port {label} used for?", thai: "พอร์ต {label} ใช้ทำอะไร?")
    static let usedForAssigned = Phrase(
        english: "IANA has registered port {label} to {name}{description}{assignee}.",
        thai: "IANA จดทะเบียนพอร์ต {label} ให้กับ {name}{description}{assignee}"
    )
    static let quotedDescription = Phrase(english: ", “{value}”", thai: " ซึ่งมีคำอธิบายว่า “{value}”")
    static let assignedTo = Phrase(english: ", assigned to {value}", thai: " โดยผู้ได้รับการกำหนดคือ {value}")
    static let aliases = Phrase(english: " It is also listed as {names}.", thai: " และยังมีชื่อเรียกอื่นในทะเบียนคือ {names}")
    static let claimNotLock = Phrase(
        english: "Other software may use the port too: the registry records a claim, it does not enforce it.",
        thai: "ซอฟต์แวร์อื่นก็อาจใช้พอร์ตนี้ได้เช่นกัน เพราะทะเบียนเป็นเพียงการบันทึกการจอง ไม่ได้บังคับใช้"
    )
    static let usedForDeassigned = Phrase(
        english: "Nothing is registered on it now. It was {name}{description}; it is de-assigned{when}. The registry does not explain anything listening there now.",
        thai: "ตอนนี้ไม่มีบริการใดจดทะเบียนไว้บนพอร์ตนี้ เดิมเป็น {name}{description} และถูกยกเลิกการกำหนด{when} ทะเบียนจึงอธิบายไม่ได้ว่าสิ่งที่รอรับการเชื่อมต่ออยู่ตอนนี้คืออะไร"
    )
    static let usedForNothing = Phrase(english: "Nothing registered: {meaning}", thai: "ไม่มีบริการที่จดทะเบียนไว้: {meaning}")
    static let knownUses = Phrase(
        english: "Outside IANA's registry, documentation names it for {uses}; the sources are under Known uses. Which of them, if any, listens on a given host, only that host can tell.",
        thai: "นอกทะเบียนของ IANA มีเอกสารระบุว่าพอร์ตนี้ถูกใช้โดย {uses} แหล่งที่มาอยู่ในหัวข้อการใช้งานที่รู้จัก แต่จะมีตัวใดรอรับการเชื่อมต่ออยู่บนเครื่องหนึ่งหรือไม่ ต้องตรวจที่เครื่องนั้นเท่านั้น"
    )
    static let useDefault = Phrase(english: "{name} (its default)", thai: "{name} (ค่าเริ่มต้นของโปรแกรม)")
    static let useHabit = Phrase(english: "{name} (by common habit)", thai: "{name} (ตามที่นิยมใช้กัน)")
    static let useMalware = Phrase(english: "{name} (malware)", thai: "{name} (มัลแวร์)")
    static let useAttackTool = Phrase(english: "{name} (an attack tool)", thai: "{name} (เครื่องมือโจมตี)")

    static let protocolQuestion = Phrase(english: "Is port {port} TCP or UDP?", thai: "พอร์ต {port} เป็น TCP หรือ UDP?")
    static let protocolAnswer = Phrase(english: "IANA's registry lists it for:", thai: "ทะเบียนของ IANA ระบุพอร์ตนี้ไว้สำหรับ:")

    static let whoQuestion = Phrase(english: "Who registered port {label}?", thai: "ใครเป็นผู้จดทะเบียนพอร์ต {label}?")
    static let whoAssignee = Phrase(english: "The assignee: {names}", thai: "ผู้ได้รับการกำหนดคือ {names}")
    static let whoNoAssignee = Phrase(english: "IANA's copies name no assignee for it, only a contact", thai: "สำเนาทะเบียนของ IANA ไม่ได้ระบุผู้ได้รับการกำหนด ระบุไว้เพียงผู้ติดต่อ")
    static let whoRegistered = Phrase(english: ", registered {date}", thai: " จดทะเบียนเมื่อ {date}")
    static let whoContact = Phrase(english: " Contact: {names}.", thai: " ผู้ติดต่อ: {names}")
    static let whoBoth = Phrase(english: "IANA publishes both for every assignment.", thai: "IANA เผยแพร่ทั้งสองอย่างสำหรับทุกการกำหนดพอร์ต")

    static let changedQuestion = Phrase(english: "Has port {label} changed over time?", thai: "พอร์ต {label} เคยเปลี่ยนแปลงหรือไม่?")
    static let changedOne = Phrase(
        english: "portlore's copies of the registry hold 1 version of its record, seen first in the copy of {date}{deassigned}.",
        thai: "สำเนาทะเบียนที่ portlore มีอยู่เก็บรายการของพอร์ตนี้ไว้ 1 ฉบับ พบครั้งแรกในสำเนาวันที่ {date}{deassigned}"
    )
    static let changedMany = Phrase(
        english: "portlore's copies of the registry hold {count} versions of its record, the oldest seen in the copy of {date}{deassigned}.",
        thai: "สำเนาทะเบียนที่ portlore มีอยู่เก็บรายการของพอร์ตนี้ไว้ {count} ฉบับ ฉบับเก่าที่สุดพบในสำเนาวันที่ {date}{deassigned}"
    )
    static let changedDeassigned = Phrase(english: "; it is de-assigned{when}", thai: " และถูกยกเลิกการกำหนด{when}")
    static let seeTimeline = Phrase(english: "See the timeline", thai: "ดูเส้นเวลา")

    static let safeQuestion = Phrase(english: "Is it safe to have port {label} open?", thai: "เปิดพอร์ต {label} ไว้ปลอดภัยหรือไม่?")
    static let safeUnexplained = Phrase(
        english: "No port is dangerous by itself; what matters is the program listening on it. Because {label} has no current assignment, a listener here is not something the registry explains: find the process (see {check}) and make sure you expect it. If you do not need it, close it or block the port at the firewall.",
        thai: "ไม่มีพอร์ตใดอันตรายในตัวเอง สิ่งที่สำคัญคือโปรแกรมที่รอรับการเชื่อมต่ออยู่ เนื่องจากพอร์ต {label} ไม่มีการกำหนดในปัจจุบัน ทะเบียนจึงอธิบายไม่ได้ว่าโปรแกรมบนพอร์ตนี้คืออะไร ให้หาโพรเซสนั้น (ดู{check}) และตรวจว่าเป็นโปรแกรมที่คุณตั้งใจให้ทำงานจริง ถ้าไม่จำเป็นให้ปิดโปรแกรมนั้น หรือปิดกั้นพอร์ตที่ไฟร์วอลล์"
    )
    static let safeAssigned = Phrase(
        english: "No port is dangerous by itself; what matters is the program listening on it and who can reach it. Open it only to the networks that need the service, and keep that software updated.",
        thai: "ไม่มีพอร์ตใดอันตรายในตัวเอง สิ่งที่สำคัญคือโปรแกรมที่รอรับการเชื่อมต่ออยู่ และใครเข้าถึงพอร์ตนั้นได้บ้าง เปิดให้เฉพาะเครือข่ายที่ต้องใช้บริการนั้น และอัปเดตซอฟต์แวร์อยู่เสมอ"
    )

    static let useQuestion = Phrase(english: "Can I use port {label} for my own service?", thai: "ใช้พอร์ต {label} กับบริการของตัวเองได้ไหม?")
    static let useSystem = Phrase(
        english: "It is a system port (0-1023): binding it on Linux needs root or CAP_NET_BIND_SERVICE, and IANA assigns these only through IETF review. Pick a user port for your own service.",
        thai: "พอร์ตนี้เป็นพอร์ตระบบ (0-1023) การผูกพอร์ตบน Linux ต้องใช้ root หรือสิทธิ์ CAP_NET_BIND_SERVICE และ IANA กำหนดพอร์ตช่วงนี้ผ่านการพิจารณาของ IETF เท่านั้น สำหรับบริการของคุณเองควรเลือกพอร์ตในช่วงพอร์ตผู้ใช้"
    )
    static let useAssigned = Phrase(
        english: "You can, but it is registered to another service, so the two may collide on one host. Choose an unassigned user port, or ask IANA for one if others will run your software.",
        thai: "ใช้ได้ แต่พอร์ตนี้จดทะเบียนไว้ให้บริการอื่นแล้ว ทั้งสองจึงอาจชนกันบนเครื่องเดียวกัน ควรเลือกพอร์ตผู้ใช้ที่ยังไม่กำหนด หรือขอพอร์ตจาก IANA หากผู้อื่นจะนำซอฟต์แวร์ของคุณไปใช้ด้วย"
    )
    static let useReserved = Phrase(
        english: "Any program may bind a user port (1024-49151), but IANA holds this one back from assignment: choose an unassigned port instead.",
        thai: "โปรแกรมใดก็ผูกพอร์ตผู้ใช้ (1024-49151) ได้ แต่ IANA สงวนพอร์ตนี้ไว้ไม่ให้กำหนดแก่ใคร ควรเลือกพอร์ตที่ยังไม่กำหนดแทน"
    )
    static let useDeassigned = Phrase(
        english: "Any program may bind a user port (1024-49151). No service is registered on it now, but the software that once had it may still run somewhere; an unassigned port that never had a name is the safer choice. Ask IANA for a port if others will run your software.",
        thai: "โปรแกรมใดก็ผูกพอร์ตผู้ใช้ (1024-49151) ได้ ตอนนี้ไม่มีบริการใดจดทะเบียนไว้บนพอร์ตนี้ แต่ซอฟต์แวร์ที่เคยได้พอร์ตนี้ไปอาจยังทำงานอยู่ที่ใดที่หนึ่ง พอร์ตที่ยังไม่กำหนดและไม่เคยมีชื่อมาก่อนจึงปลอดภัยกว่า หากผู้อื่นจะนำซอฟต์แวร์ของคุณไปใช้ ควรขอพอร์ตจาก IANA"
    )
    static let useUnassigned = Phrase(
        english: "Any program may bind a user port (1024-49151). No service is registered on it, so a private service there collides with no registered one; ask IANA to assign it if others will run your software.",
        thai: "โปรแกรมใดก็ผูกพอร์ตผู้ใช้ (1024-49151) ได้ เมื่อไม่มีบริการใดจดทะเบียนไว้ บริการส่วนตัวบนพอร์ตนี้จึงไม่ชนกับบริการที่จดทะเบียน หากผู้อื่นจะนำซอฟต์แวร์ของคุณไปใช้ ควรขอให้ IANA กำหนดพอร์ตนี้ให้"
    )
    static let useDynamic = Phrase(
        english: "It is in the dynamic/private range (49152-65535), which the kernel hands out for outgoing connections. A fixed server port here can collide with those; prefer a user port.",
        thai: "พอร์ตนี้อยู่ในช่วงไดนามิก/ส่วนตัว (49152-65535) ซึ่งเคอร์เนลแจกให้การเชื่อมต่อขาออก พอร์ตเซิร์ฟเวอร์ที่ตั้งไว้ตายตัวในช่วงนี้จึงอาจชนกันได้ ควรใช้พอร์ตในช่วงพอร์ตผู้ใช้แทน"
    )

    static let findQuestion = Phrase(english: "How do I find what is using port {label}?", thai: "จะรู้ได้อย่างไรว่าอะไรกำลังใช้พอร์ต {label}?")
    static let findAnswer = Phrase(
        english: "On Linux, {linux}; on macOS, {mac}; on Windows, {windows}; or {portlore}.",
        thai: "บน Linux ใช้ {linux} บน macOS ใช้ {mac} บน Windows ใช้ {windows} หรือใช้ {portlore}"
    )
    static let allCommands = Phrase(english: "All the commands", thai: "ดูคำสั่งทั้งหมด")

    static let hereQuestion = Phrase(english: "Is anything listening on port {label} on this machine?", thai: "มีอะไรรอรับการเชื่อมต่อบนพอร์ต {label} ที่เครื่องนี้หรือไม่?")
    static let hereNo = Phrase(english: "No: nothing listens on {label} on this host right now.", thai: "ไม่มี ตอนนี้ไม่มีอะไรรอรับการเชื่อมต่อบนพอร์ต {label} ที่เครื่องนี้")
    static let hereYes = Phrase(english: "Yes: {sockets}{holders}{findings}.", thai: "มี {sockets}{holders}{findings}")
    static let heldBy = Phrase(english: ", held by {names}", thai: " โดยโพรเซส {names}")
    static let findingOne = Phrase(english: ", with 1 finding to look at", thai: " และมีสิ่งที่ควรตรวจดู 1 รายการ")
    static let findingMany = Phrase(english: ", with {count} findings to look at", thai: " และมีสิ่งที่ควรตรวจดู {count} รายการ")
    static let details = Phrase(english: "Details", thai: "รายละเอียด")
    static let hereToken = Phrase(english: "This server shows host data only to requests that carry its token.", thai: "เซิร์ฟเวอร์นี้แสดงข้อมูลของเครื่องเฉพาะคำขอที่มีโทเคนเท่านั้น")

    static let all: [Phrase] = [
        usedForQuestion, usedForAssigned, quotedDescription, assignedTo, aliases, claimNotLock, usedForDeassigned, usedForNothing,
        knownUses, useDefault, useHabit, useMalware, useAttackTool, protocolQuestion, protocolAnswer, whoQuestion, whoAssignee,
        whoNoAssignee, whoRegistered, whoContact, whoBoth, changedQuestion, changedOne, changedMany, changedDeassigned, seeTimeline,
        safeQuestion, safeUnexplained, safeAssigned, useQuestion, useSystem, useAssigned, useReserved, useDeassigned, useUnassigned,
        useDynamic, findQuestion, findAnswer, allCommands, hereQuestion, hereNo, hereYes, heldBy, findingOne, findingMany, details, hereToken,
    ]
}
