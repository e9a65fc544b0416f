/// The SVG timeline of a port's history.
enum TimelineText {
    static let title = Phrase(english: "Timeline of port {label}", thai: "เส้นเวลาของพอร์ต {label}")
    static let summary = Phrase(
        english: "Each bar spans the copies of IANA's registry that list the name; the pale ends are the windows in which it appeared or went away, between two copies we hold.",
        thai: "แต่ละแถบครอบคลุมสำเนาทะเบียนของ IANA ที่ระบุชื่อนั้นไว้ ส่วนปลายสีจางคือช่วงเวลาที่ชื่อปรากฏขึ้นหรือหายไป ซึ่งอยู่ระหว่างสำเนาสองฉบับที่เรามี"
    )
    static let appeared = Phrase(english: "appeared between {from} and {to}", thai: "ปรากฏขึ้นระหว่าง {from} ถึง {to}")
    static let inEarliest = Phrase(english: "already in our earliest copy ({date})", thai: "มีอยู่แล้วในสำเนาเก่าที่สุดที่เรามี ({date})")
    static let listed = Phrase(english: "listed from {from} to {to}", thai: "อยู่ในทะเบียนตั้งแต่ {from} ถึง {to}")
    static let stillListed = Phrase(english: "listed from {from}, still listed", thai: "อยู่ในทะเบียนตั้งแต่ {from} และยังอยู่จนถึงปัจจุบัน")
    static let wentAway = Phrase(english: "went away between {from} and {to}", thai: "หายไประหว่าง {from} ถึง {to}")
    static let now = Phrase(english: "Today: {status}", thai: "ปัจจุบัน: {status}")
    static let neverNamed = Phrase(english: "No copy we hold names a service here.", thai: "ไม่มีสำเนาฉบับใดที่เรามีระบุชื่อบริการบนพอร์ตนี้")
    static let legendListed = Phrase(english: "listed", thai: "อยู่ในทะเบียน")
    static let legendWindow = Phrase(english: "changed within this window", thai: "เปลี่ยนแปลงในช่วงนี้")

    static let all: [Phrase] = [title, summary, appeared, inEarliest, listed, stillListed, wentAway, now, neverNamed, legendListed, legendWindow]
}
