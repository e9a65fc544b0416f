/// `/` and `/th/`.
enum HomeText {
    static let title = Phrase(english: "portlore: what a port is, what it was, what is on it", thai: "portlore: พอร์ตนี้คืออะไร เคยเป็นอะไร และมีอะไรอยู่บนนั้น")
    static let descriptionHost = Phrase(
        english: "Look up any TCP or UDP port: its IANA registry entry, its history, and what listens on it on this host.",
        thai: "ค้นหาพอร์ต TCP หรือ UDP ใดก็ได้ ดูรายการในทะเบียนของ IANA ประวัติ และสิ่งที่รอรับการเชื่อมต่อบนเครื่องนี้"
    )
    static let descriptionPublic = Phrase(
        english: "Look up any TCP or UDP port: its IANA registry entry, what it used to be, its neighbours, and how to check your own machine.",
        thai: "ค้นหาพอร์ต TCP หรือ UDP ใดก็ได้ ดูรายการในทะเบียนของ IANA ว่าเคยเป็นอะไร พอร์ตข้างเคียง และวิธีตรวจเครื่องของคุณเอง"
    )
    static let heading = Phrase(english: "What is on that port?", thai: "พอร์ตนั้นคืออะไร?")
    static let leadHost = Phrase(
        english: "Any port's IANA registry entry, what it used to be, and what listens on it on this host.",
        thai: "รายการในทะเบียนของ IANA ของทุกพอร์ต ว่าเคยเป็นอะไรมาก่อน และอะไรรอรับการเชื่อมต่ออยู่บนเครื่องนี้"
    )
    static let leadPublic = Phrase(
        english: "Any port's IANA registry entry, what it used to be, and how to check what listens on it on your own machine.",
        thai: "รายการในทะเบียนของ IANA ของทุกพอร์ต ว่าเคยเป็นอะไรมาก่อน และวิธีตรวจว่าอะไรรอรับการเชื่อมต่ออยู่บนเครื่องของคุณ"
    )
    static let examples = Phrase(english: "Try {a}, {b}, {c}, {d} or {e}.", thai: "ลองดู {a}, {b}, {c}, {d} หรือ {e}")
    static let listeningHeading = Phrase(english: "Listening on this host", thai: "ที่รอรับการเชื่อมต่อบนเครื่องนี้")
    static let nothingListening = Phrase(english: "Nothing is listening on this host.", thai: "ไม่มีอะไรรอรับการเชื่อมต่อบนเครื่องนี้")
    static let hostNeedsToken = Phrase(english: "This server shows host data only to requests carrying its token.", thai: "เซิร์ฟเวอร์นี้แสดงข้อมูลของเครื่องเฉพาะคำขอที่มีโทเคนเท่านั้น")
    static let allSockets = Phrase(english: "All {count} sockets", thai: "ดูซ็อกเก็ตทั้งหมด {count} รายการ")
    static let tiersHeading = Phrase(english: "Where a port sits", thai: "พอร์ตอยู่ในช่วงไหน")

    static let all: [Phrase] = [title, descriptionHost, descriptionPublic, heading, leadHost, leadPublic, examples, listeningHeading, nothingListening, hostNeedsToken, allSockets, tiersHeading]
}
