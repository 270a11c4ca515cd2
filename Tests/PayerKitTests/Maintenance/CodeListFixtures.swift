/// A payer's list as `pdftotext -layout` prints it: prose, a two-column table, ranges written four ways (one split
/// over a line break and a page footer), and the numbers around a list that are not codes: dates, phones, ZIP codes,
/// page numbers, ICD-10 codes, a P.O. box, an amount and a document number.
let acmeListText = """
    Acme Health Plan — Prior Authorization Code List                         Effective 01/01/2026
    Commercial plans, Texas. Revised 12/15/2025. Questions? Call 800-555-0100 or fax (888) 555-0199.
    Mail requests to P.O. Box 14079, Dallas, TX 75201-1234 or Acme UM, 100 Main St, Austin, TX 78701.

    Prior authorization is required for advanced imaging (CPT 70551, 70552 and 70553) and for
    total joint replacement 27130 – 27134 when billed for osteoarthritis (M17.11, M16.0 or E66.01).

    Code      Category                                  Code      Category
    72148     MRI lumbar spine                          0042T     Perfusion imaging
    27447     Total knee arthroplasty                   K0856     Power wheelchair
    J0585     Botulinum toxin                           G0260     Sacroiliac injection

    Sleep studies 95800 through 95811, and 64490 to 64495 (modifier 64490-50 counts once). The
    spinal cord stimulator codes 63650 –
                                             Page 1 of 2
    63655 follow the same rule. Form PCA-1-25-03456 replaces the list of 2025; fee $1,250.00 or 27130.00.

    Reviewed 2026-01-01 by the committee; next review 12/31.                     Page 2 of 2
    """

/// A small payer to compare `acmeListText` with: imaging that loses 72149, joint replacement for commercial plans,
/// sleep studies that start on the list's date, a conditional rule, a not-required rule for codes the list now
/// requires, and a Medicare Advantage rule outside the commercial scope.
let acmeRules = """
    schema_version: 1
    id: acme
    name: Acme Health
    aliases: [Acme]
    lines_of_business: [commercial, medicare-advantage]
    states: [TX]
    last_verified: 2026-11-01
    sources: [https://www.acmehealth.test/providers]
    prior_authorization:
      - category: Advanced imaging
        codes: ["70551-70553", "72148", "72149"]
        requirement: required
        effective_from: 2025-01-01
        documentation: [clinical notes, prior imaging reports]
        source: https://www.acmehealth.test/providers/imaging
      - category: Joint replacement
        codes: ["27130", "27447"]
        requirement: required
        lines_of_business: [commercial]
        source: https://www.acmehealth.test/providers/joints
      - category: Sleep studies
        codes: ["95800-95812"]
        requirement: required
        effective_from: 2026-01-01
        source: https://www.acmehealth.test/providers/sleep
      - category: Spinal cord stimulators
        codes: ["63650-63655"]
        requirement: conditional
        condition: after a successful trial
        source: https://www.acmehealth.test/providers/scs
      - category: Facet joint injections
        codes: ["64490-64495"]
        requirement: not-required
        effective_from: 2024-01-01
        source: https://www.acmehealth.test/providers/facet
      - category: Power wheelchairs
        codes: ["K0856"]
        requirement: required
        lines_of_business: [medicare-advantage]
        source: https://www.acmehealth.test/providers/dme

    """

/// The 1-based line of the first line of `text` containing `needle`.
func line(of needle: String, in text: String) -> Int {
    text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains(needle) }! + 1
}
