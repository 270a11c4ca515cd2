import Foundation

extension CareSetting {
    /// CMS place-of-service codes and the setting each means to PayerKit.
    public static let placeOfServiceCodes: [String: CareSetting] = [
        "11": .office, "12": .home, "13": .home, "14": .home, "19": .hospitalOutpatient, "21": .inpatient,
        "22": .hospitalOutpatient, "23": .emergency, "24": .ambulatorySurgicalCenter, "31": .postAcute, "32": .postAcute,
        "33": .postAcute, "41": .ambulance, "42": .ambulance, "51": .inpatient, "61": .postAcute,
    ]

    /// Abbreviations and other names staff type, upper-cased, without spaces or punctuation.
    static let abbreviations: [String: CareSetting] = [
        "HOPD": .hospitalOutpatient, "OPD": .hospitalOutpatient, "HOP": .hospitalOutpatient, "OUTPATIENTHOSPITAL": .hospitalOutpatient,
        "HOSPITALOUTPATIENTDEPARTMENT": .hospitalOutpatient, "ASC": .ambulatorySurgicalCenter, "SURGERYCENTER": .ambulatorySurgicalCenter,
        "SURGICALCENTER": .ambulatorySurgicalCenter, "ER": .emergency, "ED": .emergency, "EMERGENCYROOM": .emergency,
        "EMERGENCYDEPARTMENT": .emergency, "OFFICE": .office, "PHYSICIANOFFICE": .office, "CLINIC": .office, "IP": .inpatient,
        "INPT": .inpatient, "ACUTE": .inpatient, "SNF": .postAcute, "IRF": .postAcute, "LTACH": .postAcute, "NURSINGFACILITY": .postAcute,
        "SKILLEDNURSING": .postAcute, "HH": .home, "HOMEHEALTH": .home, "EMS": .ambulance,
    ]

    /// Words that name more than one setting.
    static let ambiguousWords: [String: [CareSetting]] = [
        "HOSPITAL": [.inpatient, .hospitalOutpatient], "HOSP": [.inpatient, .hospitalOutpatient],
        "OUTPATIENT": [.hospitalOutpatient, .ambulatorySurgicalCenter, .office], "FACILITY": [.inpatient, .postAcute, .hospitalOutpatient, .ambulatorySurgicalCenter],
    ]

    /// What `--setting` accepts, in words.
    public static let acceptedInput = "give a setting (" + allCases.map(\.rawValue).joined(separator: ", ")
        + "), an abbreviation (HOPD, ASC, ER, SNF, OFFICE…) or a CMS place-of-service code (11 office, 12 home, "
        + "19/22 hospital outpatient, 21 inpatient, 23 emergency, 24 ASC, 31/32 post-acute, 41/42 ambulance)"

    /// Reads a setting by name (`hospital-outpatient`, `hospital outpatient`), abbreviation (`HOPD`, `ASC`, `ER`), CMS
    /// place-of-service code (`22`, `POS 11`) or a name's unambiguous beginning (`amb` is refused: ambulance or
    /// ambulatory surgical center).
    ///
    /// - Throws: ``PayerKitError/invalidInput(_:)`` naming the candidates when the text could mean more than one
    ///   setting, or what is accepted when it means none.
    public init(parsing text: String) throws(PayerKitError) {
        let key = InputKey.normalized(text)
        let digits = key.hasPrefix("POS") ? String(key.dropFirst(3)) : key
        if let setting = Self.placeOfServiceCodes[digits.count == 1 ? "0" + digits : digits] ?? Self.abbreviations[key]
            ?? Self.allCases.first(where: { InputKey.normalized($0.rawValue) == key })
        {
            self = setting
            return
        }
        if let candidates = Self.ambiguousWords[key] {
            throw .invalidInput(InputError(kind: "setting", input: text, candidates: candidates.map(\.rawValue), accepted: Self.acceptedInput))
        }
        guard !key.isEmpty, digits.allSatisfy(\.isLetter) else {
            throw .invalidInput(InputError(kind: "setting", input: text, accepted: Self.acceptedInput))
        }
        let candidates = Self.allCases.filter { InputKey.normalized($0.rawValue).hasPrefix(key) || $0.rawValue.split(separator: "-").contains { InputKey.normalized(String($0)) == key } }
        if candidates.count == 1 {
            self = candidates[0]
            return
        }
        throw .invalidInput(InputError(kind: "setting", input: text, candidates: candidates.map(\.rawValue), accepted: Self.acceptedInput))
    }
}

extension LineOfBusiness {
    /// Abbreviations and other names staff type, upper-cased, without spaces or punctuation.
    static let abbreviations: [String: LineOfBusiness] = [
        "MA": .medicareAdvantage, "MAPD": .medicareAdvantage, "PARTC": .medicareAdvantage, "MEDICAREPARTC": .medicareAdvantage,
        "MEDICAREADVANTAGE": .medicareAdvantage, "FFS": .medicareFFS, "MEDICAREFFS": .medicareFFS, "ORIGINALMEDICARE": .medicareFFS,
        "TRADITIONALMEDICARE": .medicareFFS, "MEDICAREFEEFORSERVICE": .medicareFFS, "PARTAB": .medicareFFS, "MCD": .medicaid,
        "MANAGEDMEDICAID": .medicaid, "MEDICAIDMANAGEDCARE": .medicaid, "COMM": .commercial, "COM": .commercial,
        "EMPLOYER": .commercial, "GROUP": .commercial, "EXCHANGE": .marketplace, "ACA": .marketplace, "HIX": .marketplace,
        "MARKETPLACE": .marketplace, "CHIP": .chip, "SCHIP": .chip,
    ]

    /// What `--line-of-business` accepts, in words.
    public static let acceptedInput = "give a line of business (" + allCases.map(\.rawValue).joined(separator: ", ")
        + ") or an abbreviation (MA, FFS, Medicaid, commercial, ACA)"

    /// Reads a line of business by name (`medicare-advantage`, `Medicare Advantage`), abbreviation (`MA`, `FFS`,
    /// `ACA`) or a name's unambiguous beginning (`medicare` alone is refused: Advantage or fee-for-service).
    ///
    /// - Throws: ``PayerKitError/invalidInput(_:)`` naming the candidates when ambiguous, or what is accepted.
    public init(parsing text: String) throws(PayerKitError) {
        let key = InputKey.normalized(text)
        if let line = Self.allCases.first(where: { InputKey.normalized($0.rawValue) == key }) ?? Self.abbreviations[key] {
            self = line
            return
        }
        let candidates = key.isEmpty ? [] : Self.allCases.filter { InputKey.normalized($0.rawValue).hasPrefix(key) }
        if candidates.count == 1 {
            self = candidates[0]
            return
        }
        throw .invalidInput(InputError(kind: "line of business", input: text, candidates: candidates.map(\.rawValue), accepted: Self.acceptedInput))
    }
}

extension NetworkStatus {
    /// Reads a network status: `participating` (`par`, `in`, `in-network`) or `non-participating` (`non-par`, `out`,
    /// `out-of-network`, `OON`).
    ///
    /// - Throws: ``PayerKitError/invalidInput(_:)`` saying what is accepted.
    public init(parsing text: String) throws(PayerKitError) {
        switch InputKey.normalized(text) {
        case "PARTICIPATING", "PAR", "IN", "INNETWORK", "INN", "CONTRACTED": self = .participating
        case "NONPARTICIPATING", "NONPAR", "OUT", "OUTOFNETWORK", "OON", "NONCONTRACTED": self = .nonParticipating
        default:
            throw .invalidInput(InputError(
                kind: "network status", input: text,
                accepted: "give participating (par, in-network) or non-participating (non-par, out-of-network)"))
        }
    }
}

/// How typed words are compared: upper-cased, letters and digits only.
enum InputKey {
    static func normalized(_ text: String) -> String {
        String(text.uppercased().unicodeScalars.filter { CharacterSet.alphanumerics.contains($0) }.map(Character.init))
    }
}
