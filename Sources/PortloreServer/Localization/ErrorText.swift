/// The 4xx and 5xx pages a browser sees.
enum ErrorText {
    static let notFoundTitle = Phrase(english: "Page not found", thai: "ไม่พบหน้านี้")
    static let notFound = Phrase(
        english: "There is no page at this address. Port pages live at /ports/N, services at /services/NAME.",
        thai: "ไม่มีหน้าเว็บที่ที่อยู่นี้ หน้าของพอร์ตอยู่ที่ /ports/N และหน้าของบริการอยู่ที่ /services/NAME"
    )
    static let badRequestTitle = Phrase(english: "That address cannot be answered", thai: "ที่อยู่นี้ใช้ไม่ได้")
    static let badParameter = Phrase(
        english: "A port is a number from 0 to 65535, a range is written like 8000-8010, and the protocol is one of {protocols}.",
        thai: "หมายเลขพอร์ตต้องอยู่ระหว่าง 0 ถึง 65535 ช่วงพอร์ตเขียนแบบ 8000-8010 และโพรโทคอลต้องเป็นหนึ่งใน {protocols}"
    )
    static let rangeTooLarge = Phrase(
        english: "That range is wider than this server shows on one page; ask for a narrower one.",
        thai: "ช่วงพอร์ตนี้กว้างเกินกว่าที่เซิร์ฟเวอร์นี้แสดงได้ในหน้าเดียว ลองขอช่วงที่แคบลง"
    )
    static let unknownService = Phrase(
        english: "No record in IANA's registry or its history has that service name. Search for it instead.",
        thai: "ไม่มีรายการใดในทะเบียนของ IANA หรือในประวัติที่ใช้ชื่อบริการนี้ ลองค้นหาแทน"
    )
    static let otherTitle = Phrase(english: "This request could not be answered", thai: "ไม่สามารถตอบคำขอนี้ได้")
    static let other = Phrase(
        english: "The server could not answer this request. Try again, or start from the search page.",
        thai: "เซิร์ฟเวอร์ตอบคำขอนี้ไม่ได้ ลองใหม่อีกครั้ง หรือเริ่มจากหน้าค้นหา"
    )
    static let startAgain = Phrase(english: "Start again from the search page", thai: "เริ่มใหม่จากหน้าค้นหา")
    static let statusLine = Phrase(english: "Error {status}", thai: "ข้อผิดพลาด {status}")

    static let all: [Phrase] = [notFoundTitle, notFound, badRequestTitle, badParameter, rangeTooLarge, unknownService, otherTitle, other, startAgain, statusLine]
}
