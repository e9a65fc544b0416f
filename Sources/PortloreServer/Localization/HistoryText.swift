/// When things happened, as our copies of the registry show it: the de-assignment's date or
/// window, and each service name's time on the port.
enum HistoryText {
    static let statedOn = Phrase(english: " on {date} ({source})", thai: "เมื่อ {date} ({source})")
    static let sourceNote = Phrase(english: "IANA's note", thai: "ตามหมายเหตุของ IANA")
    static let sourceModified = Phrase(english: "IANA's modification date", thai: "ตามวันที่แก้ไขของ IANA")
    static let between = Phrase(english: " between {from} and {to} (IANA gives no date)", thai: "ในช่วงระหว่าง {from} ถึง {to} (IANA ไม่ได้ระบุวันที่)")
    static let noDate = Phrase(english: " (IANA gives no date)", thai: " (IANA ไม่ได้ระบุวันที่)")
    static let ianaSays = Phrase(english: "; IANA says “{words}”", thai: " โดย IANA ใช้คำว่า “{words}”")

    static let earliest = Phrase(english: "{date} (our earliest copy)", thai: "{date} (สำเนาเก่าที่สุดที่เรามี)")
    static let onlyIn = Phrase(english: "only in {copy}", thai: "มีเฉพาะใน{copy}")
    static let everyCopy = Phrase(english: "in every copy we hold from {from} to {to}", thai: "อยู่ในทุกสำเนาที่เรามีตั้งแต่ {from} ถึง {to}")
    static let someCopies = Phrase(english: "in copies from {from} to {to}, not in all between", thai: "อยู่ในสำเนาตั้งแต่ {from} ถึง {to} แต่ไม่ครบทุกฉบับในช่วงนั้น")
    static let seenSince = Phrase(english: "seen since {from}", thai: "พบตั้งแต่ {from}")
    static let notEverySince = Phrase(english: ", not in every copy since", thai: " แต่ไม่ใช่ทุกฉบับหลังจากนั้น")
    static let notIn = Phrase(english: "; not in {copy}", thai: " ไม่มีใน{copy}")
    static let goneBy = Phrase(english: "; gone by {copy}", thai: " และหายไปแล้วใน{copy}")

    static let copyRFC = Phrase(english: "RFC 1340 ({date})", thai: "เอกสาร RFC 1340 (ฉบับ {date})")
    static let copyPortNumbers = Phrase(english: "the port-numbers file of {date}", thai: "แฟ้ม port-numbers ฉบับวันที่ {date}")
    static let copyRegistry = Phrase(english: "the registry of {date}", thai: "ทะเบียนฉบับวันที่ {date}")

    static let all: [Phrase] = [statedOn, sourceNote, sourceModified, between, noDate, ianaSays, earliest, onlyIn, everyCopy, someCopies, seenSince, notEverySince, notIn, goneBy, copyRFC, copyPortNumbers, copyRegistry]
}
