/// The frame every page shares: header, search box, language switch, footer.
enum LayoutText {
    static let navListening = Phrase(english: "Listening here", thai: "ที่รอรับการเชื่อมต่อบนเครื่องนี้")
    static let navMap = Phrase(english: "Port map", thai: "แผนที่พอร์ต")
    static let searchPlaceholder = Phrase(english: "Port, range, service or words", thai: "พอร์ต บริการ หรือคำค้น")
    static let searchLabel = Phrase(english: "Port, range, service name or words", thai: "หมายเลขพอร์ต ช่วงพอร์ต ชื่อบริการ หรือคำค้น")
    static let searchButton = Phrase(english: "Look up", thai: "ค้นหา")
    /// The switch shows the other language's name in that language: `languageName[target]`.
    static let languageName = Phrase(english: "English", thai: "ภาษาไทย")
    static let switchLabel = Phrase(english: "This page in another language", thai: "หน้านี้ในภาษาอื่น")
    static let footerRegistry = Phrase(
        english: "IANA's Service Name and Transport Protocol Port Number Registry of {date}, with its history.",
        thai: "ข้อมูลจากทะเบียนชื่อบริการและหมายเลขพอร์ตของ IANA ฉบับวันที่ {date} พร้อมประวัติการเปลี่ยนแปลง"
    )
    static let footerHost = Phrase(
        english: "Served by portlore on this host; command lines are redacted.",
        thai: "ให้บริการโดย portlore บนเครื่องนี้ ข้อมูลลับในบรรทัดคำสั่งถูกปิดบังไว้แล้ว"
    )
    static let footerPublic = Phrase(
        english: "Served by portlore, which shows registry facts here and nothing about the machine it runs on.",
        thai: "ให้บริการโดย portlore ซึ่งแสดงเฉพาะข้อเท็จจริงจากทะเบียน ไม่มีข้อมูลใดของเครื่องที่ให้บริการ"
    )
    static let siteSuffix = Phrase(english: "portlore", thai: "portlore ภาษาไทย")

    static let all: [Phrase] = [navListening, navMap, searchPlaceholder, searchLabel, searchButton, languageName, switchLabel, footerRegistry, footerHost, footerPublic, siteSuffix]
}
