/// The words of `/map` and `/th/map`. `{date}` is the registry's date, `{count}` a number.
enum MapText {
    static let title = Phrase(
        english: "Map of all 65,536 ports",
        thai: "แผนที่พอร์ตทั้ง 65,536 พอร์ต"
    )
    static let description = Phrase(
        english: "Every port from 0 to 65535 as one square, coloured by its status in IANA's registry of {date}.",
        thai: "พอร์ตทุกพอร์ตตั้งแต่ 0 ถึง 65535 แสดงเป็นช่องละหนึ่งพอร์ต ระบายสีตามสถานะในทะเบียนของ IANA ฉบับวันที่ {date}"
    )
    static let howToRead = Phrase(
        english: "Each square is one port. Every row holds 256 ports (128 on a narrow screen), from port 0 at the top left to port 65535 at the bottom right. Select a square to open its port's page.",
        thai: "แต่ละช่องคือหนึ่งพอร์ต แต่ละแถวมี 256 พอร์ต (บนจอแคบแถวละ 128 พอร์ต) เริ่มจากพอร์ต 0 ที่มุมซ้ายบนไปจนถึงพอร์ต 65535 ที่มุมขวาล่าง แตะหรือคลิกที่ช่องใดก็ได้เพื่อเปิดหน้าของพอร์ตนั้น"
    )
    static let tiers = Phrase(
        english: "The system ports (0-1023) come first and the dynamic ports (49152-65535) fill the last quarter; the registered ports lie between them.",
        thai: "พอร์ตระบบ (0-1023) อยู่ส่วนต้น พอร์ตไดนามิก (49152-65535) กินพื้นที่หนึ่งในสี่สุดท้าย ส่วนพอร์ตที่ลงทะเบียนได้อยู่ระหว่างสองช่วงนี้"
    )
    static let legend = Phrase(english: "What the colours mean", thai: "ความหมายของสี")
    static let statusHeading = Phrase(english: "Status", thai: "สถานะ")
    static let portsHeading = Phrase(english: "Ports", thai: "จำนวนพอร์ต")
    static let meaningHeading = Phrase(english: "Meaning", thai: "ความหมาย")
    static let mapLabel = Phrase(english: "Ports 0 to 65535", thai: "พอร์ต 0 ถึง 65535")
    static let otherLanguage = Phrase(english: "ภาษาไทย", thai: "English")
    static let footer = Phrase(
        english: "IANA Service Name and Transport Protocol Port Number Registry of {date}, with its history.",
        thai: "ทะเบียนชื่อบริการและหมายเลขพอร์ตของโปรโตคอลขนส่งของ IANA ฉบับวันที่ {date} พร้อมประวัติ"
    )

    static let assigned = Phrase(english: "Assigned", thai: "กำหนดแล้ว")
    static let assignedMeaning = Phrase(
        english: "IANA lists a service name for the port.",
        thai: "IANA ระบุชื่อบริการของพอร์ตนี้ไว้"
    )
    static let reserved = Phrase(english: "Reserved", thai: "สงวนไว้")
    static let reservedMeaning = Phrase(
        english: "IANA holds the port back; no service may register it.",
        thai: "IANA กันพอร์ตนี้ไว้ ไม่เปิดให้บริการใดลงทะเบียน"
    )
    static let unassigned = Phrase(english: "Unassigned", thai: "ยังไม่ได้กำหนด")
    static let unassignedMeaning = Phrase(
        english: "Open for registration; no copy of the registry we hold ever named a service here.",
        thai: "ยังเปิดให้ลงทะเบียนได้ และไม่เคยมีชื่อบริการใดในทะเบียนทุกฉบับที่เรามี"
    )
    static let deassigned = Phrase(english: "De-assigned", thai: "ถูกยกเลิกการกำหนด")
    static let deassignedMeaning = Phrase(
        english: "The port had a service name and has none today.",
        thai: "พอร์ตนี้เคยมีชื่อบริการ แต่ปัจจุบันไม่มีแล้ว"
    )
    static let dynamic = Phrase(english: "Dynamic/private", thai: "ไดนามิก/ส่วนตัว")
    static let dynamicMeaning = Phrase(
        english: "49152-65535: IANA assigns none of these; systems hand them out for short-lived connections.",
        thai: "49152-65535 เป็นช่วงที่ IANA ไม่กำหนดให้ใคร ระบบปฏิบัติการหยิบมาใช้กับการเชื่อมต่อชั่วคราว"
    )
    static let mixed = Phrase(english: "TCP and UDP differ", thai: "TCP กับ UDP ต่างกัน")
    static let mixedMeaning = Phrase(
        english: "The port's TCP and UDP entries have different statuses; its page tells them apart.",
        thai: "สถานะของพอร์ตนี้ฝั่ง TCP กับฝั่ง UDP ไม่เหมือนกัน ดูรายละเอียดแยกกันได้ที่หน้าของพอร์ต"
    )

    static let all: [Phrase] = [
        title, description, howToRead, tiers, legend, statusHeading, portsHeading, meaningHeading, mapLabel,
        otherLanguage, footer, assigned, assignedMeaning, reserved, reservedMeaning, unassigned, unassignedMeaning,
        deassigned, deassignedMeaning, dynamic, dynamicMeaning, mixed, mixedMeaning,
    ]
}
