/// The range, service and search pages.
enum ListPagesText {
    static let rangeTitle = Phrase(english: "Ports {label}", thai: "พอร์ต {label}")
    static let rangeDescriptionHost = Phrase(english: "IANA registry status of ports {label} and what listens on them on this host.", thai: "สถานะในทะเบียนของ IANA ของพอร์ต {label} และสิ่งที่รอรับการเชื่อมต่อบนเครื่องนี้")
    static let rangeDescriptionPublic = Phrase(english: "IANA registry status of ports {label}: which are assigned, which were, and which are free.", thai: "สถานะในทะเบียนของ IANA ของพอร์ต {label} ว่าพอร์ตใดกำหนดแล้ว พอร์ตใดเคยถูกกำหนด และพอร์ตใดยังว่าง")
    static let rangeLeadOne = Phrase(english: "{count} ports in the {tier} tier.", thai: "{count} พอร์ตในช่วง{tier}")
    static let rangeLeadTwo = Phrase(english: "{count} ports from the {tier} tier to the {upper} tier.", thai: "{count} พอร์ต ตั้งแต่ช่วง{tier}ไปจนถึงช่วง{upper}")
    static let columnPort = Phrase(english: "Port", thai: "พอร์ต")
    static let columnIANA = Phrase(english: "IANA", thai: "สถานะใน IANA")
    static let columnService = Phrase(english: "Service", thai: "บริการ")
    static let columnDescription = Phrase(english: "Description", thai: "คำอธิบาย")
    static let columnHere = Phrase(english: "Here", thai: "บนเครื่องนี้")
    static let columnAssignee = Phrase(english: "Assignee", thai: "ผู้ได้รับการกำหนด")
    static let columnListed = Phrase(english: "Listed", thai: "ช่วงที่อยู่ในทะเบียน")
    static let wasNames = Phrase(english: "was {names}", thai: "เดิมคือ {names}")
    static let checkThem = Phrase(english: "Check them yourself", thai: "ตรวจสอบด้วยตัวเอง")

    static let serviceTitle = Phrase(english: "{name}: IANA service and ports", thai: "{name}: บริการและพอร์ตในทะเบียนของ IANA")
    static let serviceDescription = Phrase(english: "The ports IANA lists for the service {name}, now and in the past.", thai: "พอร์ตที่ IANA ระบุไว้สำหรับบริการ {name} ทั้งในปัจจุบันและในอดีต")
    static let serviceHeading = Phrase(english: "Service {name}", thai: "บริการ {name}")
    static let serviceGone = Phrase(english: "{name} is no longer in IANA's registry; these are the versions portlore's history holds.", thai: "{name} ไม่อยู่ในทะเบียนของ IANA แล้ว ด้านล่างคือฉบับต่าง ๆ ที่ประวัติของ portlore เก็บไว้")
    static let servicePorts = Phrase(english: "Ports: {ports}", thai: "พอร์ต: {ports}")
    static let untilToday = Phrase(english: "{from} – today", thai: "{from} – ปัจจุบัน")

    static let searchTitle = Phrase(english: "“{query}”: port search", thai: "“{query}”: ผลการค้นหาพอร์ต")
    static let searchDescription = Phrase(english: "Ports and services matching {query} in IANA's registry and its history.", thai: "พอร์ตและบริการที่ตรงกับ {query} ในทะเบียนของ IANA และประวัติ")
    static let searchHeading = Phrase(english: "Ports matching “{query}”", thai: "พอร์ตที่ตรงกับ “{query}”")
    static let searchIsService = Phrase(english: "{name} is a service name: {link}.", thai: "{name} เป็นชื่อบริการ {link}")
    static let searchServiceLink = Phrase(english: "see its ports and history", thai: "ดูพอร์ตและประวัติของบริการนี้")
    static let searchCountOne = Phrase(english: "1 match, from current and historical records.", thai: "พบ 1 รายการ จากรายการปัจจุบันและในอดีต")
    static let searchCountMany = Phrase(english: "{count} matches, best first, from current and historical records.", thai: "พบ {count} รายการ เรียงจากที่ตรงที่สุด จากรายการปัจจุบันและในอดีต")
    static let searchNothing = Phrase(
        english: "Nothing in the registry matches “{query}”. Try fewer or other words, a port number or a range.",
        thai: "ไม่พบรายการใดในทะเบียนที่ตรงกับ “{query}” ลองใช้คำน้อยลงหรือคำอื่น หมายเลขพอร์ต หรือช่วงพอร์ต"
    )
    static let searchNote = Phrase(
        english: "Descriptions are searched as IANA wrote them, in English.",
        thai: "ระบบค้นหาจากคำอธิบายตามที่ IANA เขียนไว้ ซึ่งเป็นภาษาอังกฤษ"
    )
    static let searchEmptyTitle = Phrase(english: "Search ports", thai: "ค้นหาพอร์ต")
    static let searchEmptyDescription = Phrase(english: "Search IANA's port registry and its history.", thai: "ค้นหาในทะเบียนพอร์ตของ IANA และประวัติ")
    static let searchHelp = Phrase(
        english: "A port (443), a port and protocol (53/udp), a range (8000-8010), a service name (mysql) or words (remote desktop).",
        thai: "พิมพ์หมายเลขพอร์ต (443) พอร์ตพร้อมโพรโทคอล (53/udp) ช่วงพอร์ต (8000-8010) ชื่อบริการ (mysql) หรือคำค้นภาษาอังกฤษ เช่น remote desktop"
    )

    static let all: [Phrase] = [
        rangeTitle, rangeDescriptionHost, rangeDescriptionPublic, rangeLeadOne, rangeLeadTwo, columnPort, columnIANA, columnService,
        columnDescription, columnHere, columnAssignee, columnListed, wasNames, checkThem, serviceTitle, serviceDescription, serviceHeading,
        serviceGone, servicePorts, untilToday, searchTitle, searchDescription, searchHeading, searchIsService, searchServiceLink,
        searchCountOne, searchCountMany, searchNothing, searchNote, searchEmptyTitle, searchEmptyDescription, searchHelp,
    ]
}
