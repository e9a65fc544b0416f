/// "The quiet ports": a port's kin (same people, same name family, same fate) and its
/// nearest assigned neighbours.
enum QuietPortsText {
    static let heading = Phrase(english: "The quiet ports: neighbours and kin", thai: "พอร์ตเงียบรอบข้าง: เพื่อนบ้านและเครือญาติ")
    static let intro = Phrase(
        english: "Ports that share this port's people, its name or its fate, and the nearest ports IANA has assigned on either side.",
        thai: "พอร์ตที่มีผู้ได้รับการกำหนดหรือผู้ติดต่อคนเดียวกัน มีชื่อในตระกูลเดียวกัน หรือมีชะตากรรมเดียวกันกับพอร์ตนี้ รวมถึงพอร์ตที่ IANA กำหนดแล้วซึ่งอยู่ใกล้ที่สุดทั้งสองด้าน"
    )
    static let kinHeading = Phrase(english: "Kin", thai: "เครือญาติ")
    static let noKin = Phrase(
        english: "No other port shares this port's assignee, contact or name family in any copy we hold.",
        thai: "ไม่มีพอร์ตอื่นที่มีผู้ได้รับการกำหนด ผู้ติดต่อ หรือชื่อในตระกูลเดียวกับพอร์ตนี้ในสำเนาทะเบียนฉบับใดที่เรามี"
    )
    static let sameAssignee = Phrase(english: "same assignee ({name})", thai: "ผู้ได้รับการกำหนดคนเดียวกัน ({name})")
    static let sameContact = Phrase(english: "same contact ({name})", thai: "ผู้ติดต่อคนเดียวกัน ({name})")
    static let samePerson = Phrase(english: "same assignee or contact ({name})", thai: "ผู้ได้รับการกำหนดหรือผู้ติดต่อคนเดียวกัน ({name})")
    static let sameFamily = Phrase(english: "a name of the same family ({stem})", thai: "ชื่อในตระกูลเดียวกัน ({stem})")
    static let sameDay = Phrase(english: "de-assigned the same day ({date})", thai: "ถูกยกเลิกการกำหนดในวันเดียวกัน ({date})")
    static let deassignedOn = Phrase(english: "de-assigned {date}", thai: "ถูกยกเลิกการกำหนดเมื่อ {date}")
    static let more = Phrase(english: "and {count} more ports of the same people or family", thai: "และพอร์ตอื่นของบุคคลหรือตระกูลชื่อเดียวกันอีก {count} พอร์ต")
    static let neighboursHeading = Phrase(english: "Nearest assigned ports", thai: "พอร์ตที่กำหนดแล้วซึ่งอยู่ใกล้ที่สุด")
    static let below = Phrase(english: "Below: {port}", thai: "ด้านล่าง: {port}")
    static let above = Phrase(english: "Above: {port}", thai: "ด้านบน: {port}")
    static let noneBelow = Phrase(english: "Below: none; no port under this one is assigned.", thai: "ด้านล่าง: ไม่มี ไม่มีพอร์ตที่กำหนดแล้วซึ่งต่ำกว่าพอร์ตนี้")
    static let noneAbove = Phrase(english: "Above: none; no port over this one is assigned.", thai: "ด้านบน: ไม่มี ไม่มีพอร์ตที่กำหนดแล้วซึ่งสูงกว่าพอร์ตนี้")
    static let gap = Phrase(english: "{count} ports between them have no service assigned today.", thai: "ระหว่างสองพอร์ตนี้มี {count} พอร์ตที่ปัจจุบันไม่มีบริการใดได้รับการกำหนด")
    static let gapNone = Phrase(english: "Every port between them has a service assigned today.", thai: "ทุกพอร์ตระหว่างสองพอร์ตนี้มีบริการที่ได้รับการกำหนดในปัจจุบัน")

    static let all: [Phrase] = [heading, intro, kinHeading, noKin, sameAssignee, sameContact, samePerson, sameFamily, sameDay, deassignedOn, more, neighboursHeading, below, above, noneBelow, noneAbove, gap, gapNone]
}
