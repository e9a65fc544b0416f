/// The port page: `/ports/1302`, `/th/ports/1302`.
enum PortText {
    static let titleAssigned = Phrase(english: "Port {label}: {name}", thai: "พอร์ต {label}: {name}")
    static let titleFormer = Phrase(english: "Port {label}: was {name}", thai: "พอร์ต {label}: เดิมคือ {name}")
    static let titleStatus = Phrase(english: "Port {label}: {status}", thai: "พอร์ต {label}: {status}")
    static let heading = Phrase(english: "What port {label} is", thai: "พอร์ต {label} คืออะไร")
    static let summaryAssigned = Phrase(
        english: "Port {label} is {name} in IANA's registry: {description}",
        thai: "ในทะเบียนของ IANA พอร์ต {label} คือ {name}: {description}"
    )
    static let summaryFormer = Phrase(
        english: "Port {label} was {name} in IANA's registry and is de-assigned {when}. What it was, what that means, and how to check what listens on it.",
        thai: "พอร์ต {label} เคยเป็น {name} ในทะเบียนของ IANA และถูกยกเลิกการกำหนด{when} หน้านี้อธิบายว่าเดิมพอร์ตนี้เป็นอะไร หมายความว่าอย่างไร และจะตรวจได้อย่างไรว่ามีอะไรรอรับการเชื่อมต่ออยู่"
    )
    static let summaryOther = Phrase(english: "Port {label}: {meaning}", thai: "พอร์ต {label}: {meaning}")

    static let factStatus = Phrase(english: "IANA status", thai: "สถานะใน IANA")
    static let factTier = Phrase(english: "Tier", thai: "ระดับพอร์ต")
    static let factListening = Phrase(english: "Listening here", thai: "บนเครื่องนี้")
    static let listeningNothing = Phrase(english: "nothing", thai: "ไม่มี")
    static let socketOne = Phrase(english: "1 socket", thai: "1 ซ็อกเก็ต")
    static let socketMany = Phrase(english: "{count} sockets", thai: "{count} ซ็อกเก็ต")
    static let needsToken = Phrase(english: "needs the token", thai: "ต้องใช้โทเคน")
    static let anyProtocol = Phrase(english: "any protocol", thai: "ทุกโพรโทคอล")
    static let anyShort = Phrase(english: "any", thai: "ทุกแบบ")

    static let whyHeading = Phrase(english: "Why that matters", thai: "ทำไมเรื่องนี้จึงสำคัญ")
    static let whyDeassigned = Phrase(
        english: "{status} means a copy of IANA's registry once listed a service on this port{former} and today's registry lists none{when}. IANA gives a reason only in its notes, shown below when there is one. The port has no registered service now, and IANA may assign it again.",
        thai: "{status} หมายความว่าทะเบียนของ IANA ฉบับหนึ่งเคยระบุบริการไว้บนพอร์ตนี้{former} แต่ทะเบียนฉบับปัจจุบันไม่มีแล้ว{when} IANA ให้เหตุผลไว้เฉพาะในหมายเหตุ ซึ่งแสดงไว้ด้านล่างถ้ามี ตอนนี้พอร์ตนี้ไม่มีบริการที่จดทะเบียนไว้ และ IANA อาจกำหนดให้บริการอื่นในภายหลัง"
    )
    static let whyDeassignedListener = Phrase(
        english: "The registry therefore does not explain a listener on {label}: it may be the former service still running, other software that picked the port, or anything else. Check which process holds it and whether you expect that program to run.",
        thai: "ทะเบียนจึงอธิบายไม่ได้ว่าโปรแกรมที่รอรับการเชื่อมต่อบนพอร์ต {label} คืออะไร อาจเป็นบริการเดิมที่ยังทำงานอยู่ ซอฟต์แวร์อื่นที่เลือกใช้พอร์ตนี้ หรืออะไรก็ได้ ควรตรวจว่าโพรเซสใดถือพอร์ตนี้อยู่ และโปรแกรมนั้นควรทำงานอยู่จริงหรือไม่"
    )
    static let whyUnassigned = Phrase(
        english: "{status}: {meaning} No service is registered on it, so IANA cannot say what a listener here is; find out which program it is.",
        thai: "{status}: {meaning} เมื่อไม่มีบริการใดจดทะเบียนไว้ IANA จึงบอกไม่ได้ว่าโปรแกรมที่รอรับการเชื่อมต่ออยู่คืออะไร ต้องตรวจดูเองว่าเป็นโปรแกรมใด"
    )
    static let whyReserved = Phrase(english: "{status}: {meaning}", thai: "{status}: {meaning} ถ้าพบโปรแกรมรอรับการเชื่อมต่ออยู่ ควรตรวจดูว่าเป็นโปรแกรมใด")
    static let whyDynamic = Phrase(
        english: "{status}: {meaning} The registry cannot say which program a listener here belongs to.",
        thai: "{status}: {meaning} ทะเบียนบอกไม่ได้ว่าโปรแกรมที่รอรับการเชื่อมต่อบนพอร์ตนี้เป็นของใคร"
    )
    static let formerInline = Phrase(english: " ({name}, {description})", thai: " (ชื่อบริการ {name}, คำอธิบาย “{description}”)")

    static let whatHeading = Phrase(english: "What it is", thai: "พอร์ตนี้คืออะไร")
    static let historyHeading = Phrase(english: "What it was", thai: "เคยเป็นอะไรมาก่อน")
    static let hereHeading = Phrase(english: "On this host now", thai: "บนเครื่องนี้ตอนนี้")
    static let checkHeading = Phrase(english: "Check it yourself", thai: "ตรวจสอบด้วยตัวเอง")
    static let checkIntro = Phrase(
        english: "Run these on the machine you want to check; each lists what listens on {label} and the process behind it.",
        thai: "รันคำสั่งเหล่านี้บนเครื่องที่ต้องการตรวจ แต่ละคำสั่งจะแสดงสิ่งที่รอรับการเชื่อมต่อบนพอร์ต {label} และโพรเซสที่อยู่เบื้องหลัง"
    )
    static let faqHeading = Phrase(english: "Questions about port {label}", thai: "คำถามที่พบบ่อยเกี่ยวกับพอร์ต {label}")
    static let dataLinks = Phrase(english: "Data:", thai: "ข้อมูล:")
    static let jsonHistory = Phrase(english: "JSON with history", thai: "JSON พร้อมประวัติ")
    static let previousPort = Phrase(english: "Port {port}", thai: "พอร์ต {port}")

    static let noServiceName = Phrase(english: "(no service name)", thai: "(ไม่มีชื่อบริการ)")
    static let rangeField = Phrase(english: "Range: {value}", thai: "ช่วงพอร์ต: {value}")
    static let serviceField = Phrase(english: "Service: {value}", thai: "บริการ: {value}")
    static let assigneeField = Phrase(english: "Assignee: {value}", thai: "ผู้ได้รับการกำหนด: {value}")
    static let contactField = Phrase(english: "Contact: {value}", thai: "ผู้ติดต่อ: {value}")
    static let referencesField = Phrase(english: "References: {value}", thai: "เอกสารอ้างอิง: {value}")
    static let registeredField = Phrase(english: "Registered: {value}", thai: "วันที่จดทะเบียน: {value}")
    static let modifiedField = Phrase(english: "Modified: {value}", thai: "แก้ไขล่าสุด: {value}")
    static let noteField = Phrase(english: "Note: {value}", thai: "หมายเหตุ: {value}")
    static let unauthorizedField = Phrase(english: "Reported unauthorized use: {value}", thai: "มีรายงานการใช้งานโดยไม่ได้รับอนุญาต: {value}")

    static let noCopyLists = Phrase(
        english: "No copy of IANA's registry we hold ({from} to {to}) lists this port for {transport}.",
        thai: "ไม่มีสำเนาทะเบียนของ IANA ฉบับใดที่เรามี ({from} ถึง {to}) ระบุพอร์ตนี้สำหรับ {transport}"
    )
    static let seenWindow = Phrase(english: "seen {from} to {to}", thai: "พบตั้งแต่ {from} ถึง {to}")
    static let today = Phrase(english: "today", thai: "ปัจจุบัน")
    static let noServiceNameShort = Phrase(english: "no service name", thai: "ไม่มีชื่อบริการ")
    static let assigneeInline = Phrase(english: "assignee {value}", thai: "ผู้ได้รับการกำหนด {value}")
    static let contactInline = Phrase(english: "contact {value}", thai: "ผู้ติดต่อ {value}")
    static let deassignedSentence = Phrase(english: "{label} is de-assigned {when}.", thai: "{label} ถูกยกเลิกการกำหนด{when}")
    static let versionsNote = Phrase(
        english: "Each version is dated by the first and last copy of the registry we hold that lists it, not by when IANA changed it.",
        thai: "วันที่ของแต่ละฉบับมาจากสำเนาทะเบียนฉบับแรกและฉบับสุดท้ายที่เรามีซึ่งระบุรายการนั้น ไม่ใช่วันที่ IANA เปลี่ยนแปลงจริง"
    )

    static let hostNeedsToken = Phrase(
        english: "This server needs its token to show host data; send {header}.",
        thai: "เซิร์ฟเวอร์นี้แสดงข้อมูลของเครื่องเฉพาะคำขอที่มีโทเคนเท่านั้น ให้ส่งส่วนหัว {header}"
    )
    static let nothingHere = Phrase(english: "Nothing listens on {label} on this host (scanned at {time}).", thai: "ไม่มีอะไรรอรับการเชื่อมต่อบนพอร์ต {label} ที่เครื่องนี้ (สแกนเมื่อ {time})")
    static let feedbackPlace = Phrase(english: "Was this page helpful?", thai: "หน้านี้มีประโยชน์หรือไม่?")

    static let all: [Phrase] = [
        titleAssigned, titleFormer, titleStatus, heading, summaryAssigned, summaryFormer, summaryOther,
        factStatus, factTier, factListening, listeningNothing, socketOne, socketMany, needsToken, anyProtocol, anyShort,
        whyHeading, whyDeassigned, whyDeassignedListener, whyUnassigned, whyReserved, whyDynamic, formerInline,
        whatHeading, historyHeading, hereHeading, checkHeading, checkIntro, faqHeading, dataLinks, jsonHistory, previousPort,
        noServiceName, rangeField, serviceField, assigneeField, contactField, referencesField, registeredField, modifiedField,
        noteField, unauthorizedField, noCopyLists, seenWindow, today, noServiceNameShort, assigneeInline, contactInline,
        deassignedSentence, versionsNote, hostNeedsToken, nothingHere, feedbackPlace,
    ]
}
