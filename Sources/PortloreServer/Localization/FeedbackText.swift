/// The interface text of "Was this page helpful?" at the end of every port page.
enum FeedbackText {
    static let heading = Phrase(english: "Was this page helpful?", thai: "หน้านี้มีประโยชน์หรือไม่?")
    static let yes = Phrase(english: "Yes", thai: "มีประโยชน์")
    static let no = Phrase(english: "No", thai: "ไม่มีประโยชน์")
    static let commentLabel = Phrase(
        english: "Anything to add? (optional, at most 500 characters)",
        thai: "อยากบอกอะไรเพิ่มเติมไหม (ไม่บังคับ ไม่เกิน 500 ตัวอักษร)"
    )
    static let privacy = Phrase(
        english: "One answer per reader per port per day. Your address is not stored; only a salted hash of it, to count votes once.",
        thai: "นับหนึ่งคำตอบต่อผู้อ่านหนึ่งคนต่อพอร์ตต่อวัน เราไม่เก็บที่อยู่ IP ของคุณ เก็บเพียงค่าแฮชที่เติมซอลต์แล้วเพื่อไม่ให้นับซ้ำ"
    )
    static let thanks = Phrase(english: "Thank you for your answer.", thai: "ขอบคุณสำหรับคำตอบของคุณ")

    static let all: [Phrase] = [heading, yes, no, commentLabel, privacy, thanks]
}
