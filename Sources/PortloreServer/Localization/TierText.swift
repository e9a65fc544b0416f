/// RFC 6335's three port ranges, explained for someone choosing or checking a port.
enum TierText {
    static let heading = Phrase(english: "The three tiers of ports", thai: "พอร์ตสามระดับ")
    static let intro = Phrase(
        english: "RFC 6335 splits the 65,536 port numbers into three ranges. The range decides who may bind a port and whether IANA registers it.",
        thai: "RFC 6335 แบ่งหมายเลขพอร์ตทั้ง 65,536 หมายเลขออกเป็นสามช่วง ช่วงที่พอร์ตอยู่เป็นตัวกำหนดว่าใครผูกพอร์ตนั้นได้ และ IANA รับจดทะเบียนพอร์ตนั้นหรือไม่"
    )
    static let system = Phrase(english: "System ports", thai: "พอร์ตระบบ")
    static let user = Phrase(english: "User ports", thai: "พอร์ตผู้ใช้")
    static let dynamic = Phrase(english: "Dynamic/private ports", thai: "พอร์ตไดนามิก/ส่วนตัว")
    static let systemBinding = Phrase(
        english: "Binding: on Linux only root or a program with CAP_NET_BIND_SERVICE may listen here.",
        thai: "การผูกพอร์ต: บน Linux มีเพียง root หรือโปรแกรมที่มีสิทธิ์ CAP_NET_BIND_SERVICE เท่านั้นที่รอรับการเชื่อมต่อในช่วงนี้ได้"
    )
    static let systemRegistration = Phrase(
        english: "Registration: IANA assigns them only through IETF Review or IESG Approval, for protocols the internet depends on.",
        thai: "การจดทะเบียน: IANA กำหนดให้ผ่านการพิจารณาของ IETF หรือการอนุมัติของ IESG เท่านั้น สำหรับโพรโทคอลที่อินเทอร์เน็ตต้องพึ่งพา"
    )
    static let userBinding = Phrase(
        english: "Binding: any program may listen here without special rights.",
        thai: "การผูกพอร์ต: โปรแกรมใดก็รอรับการเชื่อมต่อในช่วงนี้ได้โดยไม่ต้องมีสิทธิ์พิเศษ"
    )
    static let userRegistration = Phrase(
        english: "Registration: anyone may ask IANA for one; an expert reviews the request. A registration is a claim to avoid collisions, not a lock.",
        thai: "การจดทะเบียน: ใครก็ขอพอร์ตจาก IANA ได้ โดยมีผู้เชี่ยวชาญพิจารณาคำขอ การจดทะเบียนเป็นการจองไว้เพื่อไม่ให้ชนกัน ไม่ได้ห้ามผู้อื่นใช้"
    )
    static let dynamicBinding = Phrase(
        english: "Binding: any program may listen here, but the kernel also hands these ports to outgoing connections, so a fixed server port can collide with them.",
        thai: "การผูกพอร์ต: โปรแกรมใดก็รอรับการเชื่อมต่อในช่วงนี้ได้ แต่เคอร์เนลก็แจกพอร์ตช่วงนี้ให้การเชื่อมต่อขาออกด้วย พอร์ตเซิร์ฟเวอร์ที่ตั้งไว้ตายตัวจึงอาจชนกับการเชื่อมต่อเหล่านั้น"
    )
    static let dynamicRegistration = Phrase(
        english: "Registration: none; IANA never assigns these ports.",
        thai: "การจดทะเบียน: ไม่มี IANA ไม่กำหนดพอร์ตในช่วงนี้ให้ใครเลย"
    )
    static let thisPort = Phrase(english: "Port {port} is here", thai: "พอร์ต {port} อยู่ในช่วงนี้")
    static let linuxRange = Phrase(
        english: "Linux picks outgoing ports from net.ipv4.ip_local_port_range (32768-60999 by default), which overlaps the user tier too.",
        thai: "Linux เลือกพอร์ตขาออกจาก net.ipv4.ip_local_port_range (ค่าเริ่มต้นคือ 32768-60999) ซึ่งคาบเกี่ยวกับช่วงพอร์ตผู้ใช้ด้วย"
    )

    static func title(_ tier: String) -> Phrase {
        switch tier {
        case "system": system
        case "user": user
        default: dynamic
        }
    }

    static let all: [Phrase] = [heading, intro, system, user, dynamic, systemBinding, systemRegistration, userBinding, userRegistration, dynamicBinding, dynamicRegistration, thisPort, linuxRange]
}
