/// A phone or fax line.
public struct Contact: Sendable, Hashable {
    /// What the line is for.
    public let purpose: ContactPurpose
    /// A name for the line ("Clinical intake").
    public let name: String?
    /// The vendor whose line it is.
    public let vendorID: String?
    /// Phone, `800-555-0100`.
    public let phone: String?
    /// Fax, `800-555-0100`.
    public let fax: String?
    /// Opening hours as published.
    public let hours: String?
    /// Whom it serves: program, lines of business, plans, states, members' states, network status.
    public let scope: Scope
    /// Where it comes from.
    public internal(set) var provenance: Provenance
    /// Free-text notes (menu options, vanity spellings).
    public let notes: String?

    /// The lines of business it serves; nil for all.
    public var linesOfBusiness: Set<LineOfBusiness>? { scope.linesOfBusiness }
    /// The states it serves; nil for all.
    public var states: Set<String>? { scope.states }
}

/// A provider portal.
public struct Portal: Sendable, Hashable {
    /// The portal's name.
    public let name: String
    /// Its address.
    public let url: String
    /// What it is used for.
    public let uses: Set<PortalUse>
    /// Where it comes from.
    public internal(set) var provenance: Provenance
    /// Free-text notes.
    public let notes: String?
}

/// A delegated review vendor (eviCore, Carelon, Cohere, …).
public struct Vendor: Sendable, Hashable {
    /// The id rules and contacts refer to.
    public let id: String
    /// The vendor's name.
    public let name: String
    /// The programs it reviews for this payer, in our own words.
    public let programs: [String]
    /// Its portal or page for this payer.
    public let url: String?
    /// Where it comes from.
    public internal(set) var provenance: Provenance
    /// Free-text notes.
    public let notes: String?
}

/// A named prior-authorization program (for example Medicare's hospital outpatient department program).
public struct Program: Sendable, Hashable {
    /// The id entries refer to.
    public let id: String
    /// The program's name.
    public let name: String
    /// Where it comes from.
    public internal(set) var provenance: Provenance
    /// Free-text notes.
    public let notes: String?
}

/// A payer ID used on electronic claims.
public struct EDIPayerID: Sendable, Hashable {
    /// The ID.
    public let id: String
    /// The lines of business it is used for; nil for all.
    public let linesOfBusiness: Set<LineOfBusiness>?
    /// Where it comes from.
    public internal(set) var provenance: Provenance
    /// Free-text notes.
    public let notes: String?
}

/// A plan or product family whose rules differ from the payer's others (HMO, PPO, Oxford, UMR, …).
public struct Plan: Sendable, Hashable {
    /// The id entries and questions refer to.
    public let id: String
    /// The plan's name.
    public let name: String
    /// Other names staff type.
    public let aliases: [String]
    /// Where it comes from.
    public internal(set) var provenance: Provenance
    /// Free-text notes.
    public let notes: String?
}
