/// The notes above each "check it yourself" command.
enum CheckText {
    static let tcpListeners = Phrase(english: "TCP listeners and their processes", thai: "ซ็อกเก็ต TCP ที่รอรับการเชื่อมต่อ พร้อมโพรเซส")
    static let udpSockets = Phrase(english: "UDP sockets and their processes", thai: "ซ็อกเก็ต UDP พร้อมโพรเซส")
    static let sameWithLsof = Phrase(english: "the same with lsof", thai: "แบบเดียวกันโดยใช้ lsof")
    static let withoutLsof = Phrase(english: "without lsof", thai: "กรณีไม่มี lsof")
    static let powershellTCP = Phrase(english: "PowerShell: TCP listeners and their processes", thai: "PowerShell: ซ็อกเก็ต TCP ที่รอรับการเชื่อมต่อ พร้อมโพรเซส")
    static let powershellUDP = Phrase(english: "PowerShell: UDP endpoints and their processes", thai: "PowerShell: ปลายทาง UDP พร้อมโพรเซส")
    static let commandPrompt = Phrase(english: "Command Prompt", thai: "พรอมต์คำสั่ง (cmd)")
    static let portloreWhat = Phrase(english: "what the port is, was and has here", thai: "พอร์ตนี้คืออะไร เคยเป็นอะไร และมีอะไรอยู่บนเครื่องนี้")
    static let portloreHistory = Phrase(english: "every version our copies of the registry hold", thai: "ทุกฉบับที่สำเนาทะเบียนของเรามี")
    static let portloreSockets = Phrase(english: "the sockets only, with findings", thai: "เฉพาะซ็อกเก็ต พร้อมสิ่งที่ตรวจพบ")
    static let portloreScripts = Phrase(english: "for scripts", thai: "สำหรับสคริปต์")

    static let all: [Phrase] = [tcpListeners, udpSockets, sameWithLsof, withoutLsof, powershellTCP, powershellUDP, commandPrompt, portloreWhat, portloreHistory, portloreSockets, portloreScripts]
}
