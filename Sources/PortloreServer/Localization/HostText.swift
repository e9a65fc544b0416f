/// The host's sockets (host mode only): `/listening` and the listener tables.
enum HostText {
    static let listeningTitle = Phrase(english: "Listening on this host", thai: "ที่รอรับการเชื่อมต่อบนเครื่องนี้")
    static let listeningDescription = Phrase(english: "Every TCP listener and bound UDP socket on this host, with its process and findings.", thai: "ซ็อกเก็ต TCP ที่รอรับการเชื่อมต่อและซ็อกเก็ต UDP ทุกตัวบนเครื่องนี้ พร้อมโพรเซสและสิ่งที่ตรวจพบ")
    static let nothing = Phrase(english: "Nothing is listening.", thai: "ไม่มีอะไรรอรับการเชื่อมต่อ")
    static let alsoAs = Phrase(english: "Also as {json}, {findings} and {metrics}.", thai: "มีในรูปแบบ {json} {findings} และ {metrics} ด้วย")
    static let findingsJSON = Phrase(english: "findings JSON", thai: "JSON ของสิ่งที่ตรวจพบ")
    static let metrics = Phrase(english: "Prometheus metrics", thai: "เมตริกสำหรับ Prometheus")
    static let columnAddress = Phrase(english: "Address", thai: "ที่อยู่")
    static let columnProcess = Phrase(english: "Process", thai: "โพรเซส")
    static let columnUser = Phrase(english: "User", thai: "ผู้ใช้")
    static let columnFindings = Phrase(english: "Findings", thai: "สิ่งที่ตรวจพบ")
    static let columnCommand = Phrase(english: "Command line", thai: "บรรทัดคำสั่ง")
    static let hidden = Phrase(english: "hidden (run as root to see)", thai: "ซ่อนอยู่ (รันด้วย root จึงจะเห็น)")
    static let noProcess = Phrase(english: "no process", thai: "ไม่มีโพรเซส")
    static let none = Phrase(english: "none", thai: "ไม่มี")
    static let was = Phrase(english: "was {name}", thai: "เดิมคือ {name}")
    static let caption = Phrase(
        english: "{count} listening sockets, {flagged} flagged; showing {shown}. Scanned {scope} at {time}.",
        thai: "ซ็อกเก็ตที่รอรับการเชื่อมต่อ {count} ตัว ถูกทำเครื่องหมาย {flagged} ตัว แสดง {shown} ตัว สแกน{scope}เมื่อ {time}"
    )
    static let asRoot = Phrase(english: "as root", thai: "ด้วยสิทธิ์ root ")
    static let asUser = Phrase(english: "as a normal user (other users' processes are hidden)", thai: "ด้วยผู้ใช้ทั่วไป (มองไม่เห็นโพรเซสของผู้ใช้อื่น) ")

    static let all: [Phrase] = [listeningTitle, listeningDescription, nothing, alsoAs, findingsJSON, metrics, columnAddress, columnProcess, columnUser, columnFindings, columnCommand, hidden, noProcess, none, was, caption, asRoot, asUser]
}
