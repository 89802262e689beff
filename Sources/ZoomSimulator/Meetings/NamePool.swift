/// Display names and topics for generated meetings: deliberately mixed scripts, so that
/// clients meet CJK (two cells wide), combining marks, emoji and right-to-left text.
enum NamePool {
    static let people: [String] = [
        "山田 太郎",
        "Zoe\u{0308} Adams",
        "Ren\u{0301}e Dubois",
        "Sam 🚀 Rivera",
        "مريم الحسيني",
        "דוד כהן",
        "Bjørn Ødegård",
        "José García",
        "Олег Петров",
        "김민준",
        "Nguyễn Văn An",
        "Priya Raman",
        "Liam O'Connor",
        "Ana-María López",
        "李 小龍",
        "Fatima 🌸 Zahra",
        "Ελένη Παπαδοπούλου",
        "Jan Kowalski",
        "Aisha Bello",
        "Mateo Rossi",
    ]

    static let topics: [String] = [
        "Weekly sync",
        "製品レビュー",
        "Board meeting",
        "Kundentermin Müller",
        "All hands 🎉",
        "Incident bridge",
        "Équipe design",
        "Planning / Q3",
    ]

    /// The `device` values Zoom documents for people (room systems are `H.323/SIP`, phones `Phone`).
    static let devices = ["Windows", "Mac", "iOS", "Android"]
    static let locations = [
        "Berlin (DE)", "Tokyo (JP)", "San Jose (US)", "São Paulo (BR)", "Lagos (NG)", "Sydney (AU)",
    ]
}
