/// IANA's statuses and what each means, for badges and explanations.
enum StatusText {
    static let assigned = Phrase(english: "assigned", thai: "กำหนดแล้ว")
    static let deassigned = Phrase(english: "de-assigned", thai: "ยกเลิกการกำหนดแล้ว")
    static let unassigned = Phrase(english: "unassigned", thai: "ยังไม่กำหนด")
    static let reserved = Phrase(english: "reserved", thai: "สงวนไว้")
    static let dynamic = Phrase(english: "dynamic/private", thai: "ไดนามิก/ส่วนตัว")
    static let gone = Phrase(english: "gone", thai: "ถูกถอนออกแล้ว")

    static let assignedMeaning = Phrase(
        english: "IANA has registered this port to the service below; other software may still use it.",
        thai: "IANA จดทะเบียนพอร์ตนี้ให้กับบริการด้านล่าง แต่ซอฟต์แวร์อื่นก็ยังใช้พอร์ตนี้ได้"
    )
    static let reservedMeaning = Phrase(
        english: "IANA holds this port back and has never given it a service name in any copy we hold; software listening here is not registered for it.",
        thai: "IANA สงวนพอร์ตนี้ไว้และไม่เคยกำหนดชื่อบริการให้ในสำเนาทะเบียนฉบับใดที่เรามี ซอฟต์แวร์ที่รอรับการเชื่อมต่ออยู่บนพอร์ตนี้จึงไม่ได้จดทะเบียนไว้"
    )
    static let unassignedMeaning = Phrase(
        english: "IANA has not assigned this port to any service, and no copy we hold names one; software listening here is not registered for it.",
        thai: "IANA ยังไม่ได้กำหนดพอร์ตนี้ให้บริการใด และไม่มีสำเนาทะเบียนฉบับใดที่เรามีระบุชื่อบริการไว้ ซอฟต์แวร์ที่รอรับการเชื่อมต่ออยู่บนพอร์ตนี้จึงไม่ได้จดทะเบียนไว้"
    )
    static let deassignedMeaning = Phrase(
        english: "A service name IANA once listed for this port is gone from its registry; the registry does not explain software listening here now.",
        thai: "ชื่อบริการที่ IANA เคยระบุไว้สำหรับพอร์ตนี้ถูกถอนออกจากทะเบียนแล้ว ทะเบียนจึงอธิบายไม่ได้ว่าซอฟต์แวร์ที่รอรับการเชื่อมต่ออยู่ตอนนี้คืออะไร"
    )
    static let dynamicMeaning = Phrase(
        english: "This port is in the dynamic/private range, which IANA does not assign; the kernel may hand such ports to outgoing connections.",
        thai: "พอร์ตนี้อยู่ในช่วงไดนามิก/ส่วนตัว ซึ่ง IANA ไม่กำหนดให้บริการใด และเคอร์เนลอาจหยิบพอร์ตในช่วงนี้ไปใช้กับการเชื่อมต่อขาออก"
    )

    static func title(_ status: String) -> Phrase {
        switch status {
        case "assigned": assigned
        case "deassigned": deassigned
        case "reserved": reserved
        case "dynamic": dynamic
        default: unassigned
        }
    }

    static func meaning(_ status: String) -> Phrase {
        switch status {
        case "assigned": assignedMeaning
        case "deassigned": deassignedMeaning
        case "reserved": reservedMeaning
        case "dynamic": dynamicMeaning
        default: unassignedMeaning
        }
    }

    static let all: [Phrase] = [assigned, deassigned, unassigned, reserved, dynamic, gone, assignedMeaning, reservedMeaning, unassignedMeaning, deassignedMeaning, dynamicMeaning]
}
