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
