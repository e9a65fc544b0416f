/// A port page's "Known uses": software documented to use the port outside IANA's registry.
enum KnownUsesText {
    static let heading = Phrase(english: "Known uses", thai: "การใช้งานที่รู้จัก")
    static let intro = Phrase(
        english: "Software documented to listen on {label} by default or by habit. These facts are not IANA's: each comes from the page linked, the software's own documentation (or, for malware, a public analysis).",
        thai: "ซอฟต์แวร์ที่มีเอกสารระบุว่ารอรับการเชื่อมต่อบนพอร์ต {label} เป็นค่าเริ่มต้นหรือตามที่นิยมใช้กัน ข้อเท็จจริงเหล่านี้ไม่ได้มาจาก IANA แต่ละรายการมาจากหน้าที่ลิงก์ไว้ ซึ่งเป็นเอกสารของซอฟต์แวร์นั้นเอง (หรือบทวิเคราะห์สาธารณะ ในกรณีของมัลแวร์)"
    )
    static let columnSoftware = Phrase(english: "Software", thai: "ซอฟต์แวร์")
    static let columnKind = Phrase(english: "Kind", thai: "ประเภท")
    static let columnProtocols = Phrase(english: "Protocols", thai: "โพรโทคอล")
    static let columnSource = Phrase(english: "Source", thai: "แหล่งที่มา")
    static let kindDefault = Phrase(english: "default", thai: "ค่าเริ่มต้น")
    static let kindHabit = Phrase(english: "habit", thai: "นิยมใช้")
    static let kindMalware = Phrase(english: "malware", thai: "มัลแวร์")
    static let kindAttackTool = Phrase(english: "attack tool", thai: "เครื่องมือโจมตี")

    static let all: [Phrase] = [heading, intro, columnSoftware, columnKind, columnProtocols, columnSource, kindDefault, kindHabit, kindMalware, kindAttackTool]
}
