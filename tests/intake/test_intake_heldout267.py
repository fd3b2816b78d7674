"""The two-hundred-and-sixty-seventh held-out set: 14 everyday letters (letters/heldout267) from the agencies the
app's users write to most, the components of the Department of Homeland Security and of the Department of Justice,
in the formats they really send: a USCIS acknowledgement e-mail placing an A-file request in Track Two (the FOIA's
10-day extension mentioned, not invoked); a TSA acknowledgement (PDF) invoking the 10-day extension, with the $25.00
fee commitment; a FEMA Disclosure Branch fee estimate e-mail with search and duplication lines and advance payment; a
Coast Guard district's final response (PDF) with pages releasable in their entirety, partially releasable and
withheld, the day of receipt stated and a fee below the minimum; a CISA no-records letter; a DHS Privacy Office
acknowledgement in Word that denies expedited processing, holds the fee waiver in abeyance, invokes the 10-day
extension and gives the backlog ahead of the request; an ICE final response that refers 18 pages to USCIS and
releases the rest in full and in part; a CBP SecureRelease notification e-mail with the interim response attached
(pages reviewed for the release, released in full and in part, withheld); an FBI eFOIPA interim release e-mail with
the exemption check-box grid and "500 pages were reviewed and 463 pages are being released"; an EOUSA final form
letter (PDF) with its RIF/RIP/WIF lines, the check-box grid with (b)(3) Fed. R. Crim. P. 6(e) and a referral to the
FBI; a USMS no-records e-mail with the standard 552(c) notice; an ATF acknowledgement in Word ("REFER TO:") placing
the request in the complex track and extending the time by ten working days; an OIP appeal acknowledgement e-mail
for an EOIR request; and an OIP appeal decision (PDF) affirming the FBI on partly modified grounds (Exemption 7(D)
replaced by 6 and 7(C)). Committed before the rules were run on them.

Real sources each letter is modelled on (structure, stock sentences and vocabulary; names and numbers invented):
- a01 USCIS acknowledgement: USCIS's status page (control numbers beginning NRC or COW; Track One, Track Two
  "complex inquiries that normally require additional search and review time", Track Three; position in the track),
  https://www.uscis.gov/about-us/freedom-information-and-privacy-act-foia/foia-request-status-check-average-processing-times/check-status-foia-request
  and the DHS acknowledgement formula ("Although ... goal is to respond within 20 business days ..., the FOIA does
  permit a 10-day extension of this time period") in the CRCL template letters,
  https://vdocument.in/responsive-documents-crcl-12-002.html
- a02 TSA acknowledgement with extension: TSA's letters (FOIA Branch, 601 South 12th Street, Arlington, VA
  20598-6020, file code 3600.1, "FOIA Case Number: 2018-TSUN-00001", the unusual-circumstances paragraph),
  https://docs.justia.com/cases/federal/district-courts/california/candce/3:2018cv01539/323750/1/3.html and
  https://pdfkul.com/2015-10-30-interim-response-letter-3pdf_59c2c8b81723dddb426a7ebc.html, with the DHS template's
  invoked extension ("DHS will invoke a 10-day extension for your request, as allowed by Title 5 U.S.C.
  552(a)(6)(B)"), https://pt.scribd.com/document/69643317/Responsive-Documents-CRCL-12-002
- a03 FEMA fee estimate: FEMA Disclosure Branch e-mails and tracking numbers (FEMA 2014-FEFO-00559) on
  https://www.muckrock.com/foi/united-states-of-america-10/foia-processing-notes-dhs-occupy-sandy-10847/ and the FEMA
  FOIA page https://webarchive.library.unt.edu/web/20161104232833/https://www.fema.gov/freedom-information-act;
  the fee categories and advance payment of 6 C.F.R. 5.11.
- a04 Coast Guard final response, a07 ICE final response with referral: the DHS final-response formula ("A search
  of ... produced a total of N pages. Of those pages, I have determined that N pages of the records are releasable in
  their entirety and N pages are partially releasable pursuant to Title 5 U.S.C. § 552 (b)(6)", the appeal to be
  sent "within 90 days of the date of this letter", "Your envelope and letter should be marked 'FOIA Appeal.'"),
  https://docslib.org/doc/3095698/homeland-security-washington-dc-20528; ICE's case numbers (2020-ICFO-21220,
  2022-ICFO-23103) on https://www.muckrock.com/foi/united-states-of-america-10/ice-foia-too-broad-records-85180/ and
  https://muckrock.com/foi/united-states-of-america-10/director-dashboard-june-2022-131195
- a05 CISA no records: the DHS no-records formula ("We conducted a comprehensive search of files within ... for
  records that would be responsive to your request. Unfortunately, we were unable to locate or identify any
  responsive records", "While an adequate search was conducted, you have the right to appeal this determination
  that no records exist") as in the DHS letters above (docslib) and earlier sets' DHS letters; CISA's FOIA
  numbering (NPFO, from its NPPD days) from memory of published CISA letters, no page found in the time available.
- a06 DHS Privacy Office acknowledgement: the DHS acknowledgement template (expedited-processing standards of 6 C.F.R.
  5.5(e), "held in abeyance pending the quantification of responsive records", "As the subject matter of your
  request is of substantial interest to two or more components ... we will need to consult", "there are currently
  [#] open requests ahead of yours"), https://vdocument.in/responsive-documents-crcl-12-002.html, and DHS HQ numbers
  (2023-HQFO-01174) on http://Muckrock.com/foi/united-states-of-america-10/foia-report-comms-142439/
- a08 CBP SecureRelease interim release: CBP's SecureRelease notices and CBP-FO- numbers as in earlier sets (set
  266 i03), the DHS page-count formula (docslib, above) and OGIS's note on CBP appeal letters,
  http://foia.blogs.archives.gov/2015/12/18/the-appeal-of-the-appeal-letter
- a09 FBI eFOIPA interim release: the FBI FOIPA release letter (check-box grid of Section 552 and 552a, "N pages were
  reviewed and N pages are being released", deleted page information sheet, OGA referral, appeal to OIP within
  ninety days), as quoted on
  https://muckrock.com/foi/united-states-of-america-10/narafbi-fpotus-records-referenced-in-sd-florida-case-no-922-mj-08332-expedited-federal-bureau-of-investigation-133095
  and the FBI's processing tracks, https://www.fbi.gov/foia/foia-pa-terms
- a10 EOUSA final form letter: EOUSA's FOIA/Privacy Staff form (RIF/RIP/WIF page lines, exemption check boxes,
  referral of pages to the FBI, request split into separate request numbers), EOUSA's FAQ (175 N Street NE, Suite
  5.400), http://WWW.JUSTICE.GOV/usao/resources/making-foia-request/foia-frequently-asked-questions, and the EOUSA
  release described in https://cetient.com/case/2660029/acosta-v-federal-bureau-of-investigation
- a11 USMS no records: the USMS FOIA pages (Office of General Counsel, CG-3, 15th Floor, Washington, DC 20530-0001;
  records on prisoners in the Marshals' custody), https://www.usmarshals.gov/foia/index.html and
  https://foia.usmarshals.gov/app/RequestsandFees.aspx, and the DOJ standard 552(c) notice and OIP appeal paragraph.
- a12 ATF acknowledgement: ATF's letters ("REFER TO: 2024-01820" beside the date) on
  https://muckrock.com/foi/united-states-of-america-10/atf-support-for-2024-netflix-documentary-waco-american-apocalypse-171143
  and ATF's request numbers (2022-00798) on
  https://www.muckrock.com/foi/united-states-of-america-10/trace-system-database-request-123484/; the Disclosure
  Division as described in https://www.judicialwatch.org/document-archive/jw-v-doj-chisolm-declaration-atf-ammo-02218/
- a13 OIP appeal acknowledgement: OIP's acknowledgement form ("your administrative appeal from the action of ... was
  received by this Office on ...", "we have adopted a general practice of assigning appeals in the approximate order
  of receipt", "Your appeal has been assigned number A-..."), as in earlier sets' OIP letters; EOIR's request numbers
  (2018-47841) on
  https://www.muckrock.com/foi/united-states-of-america-10/matter-of-e-f-h-l-ij-correspondence-60115/ and EOIR's
  FOIA chapter, https://www.justice.gov/eoir/eoir-policy-manual/introduction/chapter2-2
- a14 OIP appeal decision: OIP's decision formula ("After carefully considering your appeal, I am affirming, on
  partly modified grounds, ...", "Please be advised that this Office's decision was made only after a full review of
  this matter", the OGIS paragraph) and OIP's guidance on appeals,
  https://brucedocumentblog.blogspot.com/2022/12/doj-office-of-information-policy-foia.html

Sealed measurement: the set was written blind at the start of its round and kept apart from the rules while the
round's fixes were made; it was scored once, after they had landed (main at 75be7d9d).
Blind score: 13 of 14 fully right, and 14 of 14 matched to its request by its number. Misses:
- a14 (a14-oip-appeal-fbi-affirmed.pdf): Exemption 7(D) logged although the decision replaced it: "With regard to the
  information withheld by the FBI pursuant to Exemption 7(D), I am instead affirming the withholding of this
  information on the grounds that it is protected from disclosure under Exemptions 6 and 7(C)".
After the round's later fixes, still 13 of 14 (a14 not yet: the decision's replacement of one ground by others is
not read). After a ground replaced on appeal is set aside (patterns.GROUND_REPLACED), 14 of 14.
"""

from __future__ import annotations

from intake_scoring import set_tests

SET = "heldout267"
# What the rules reach on this set now (not yet scored); it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))
