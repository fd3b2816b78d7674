"""The two-hundred-and-forty-seventh held-out set: 14 everyday letters (letters/heldout247) from the DHS and DOJ
components requesters write to most, in the formats they really send: a USCIS National Records Center
acknowledgement e-mail placing the request in Track 2 (Complex) and naming, without invoking, the 10-day extension;
an ICE first interim response delivered by a SecureRelease portal e-mail with the letter attached (pages released in
their entirety, in part and withheld in full); a CBP SecureRelease acknowledgement e-mail invoking the 10-day
extension for unusual circumstances; a DHS Privacy Office letter (PDF) transferring the request to ICE and closing
its own file; a DHS OIG acknowledgement with the complex track, a 10-day extension and a fee waiver granted; an FBI
eFOIPA acknowledgement e-mail with its check boxes (fee category ticked, fee waiver and unusual circumstances left
unticked); an FBI eFOIPA e-mail with the final release letter attached and the FBI's exemption grid in check-box
glyphs ("463 pages were reviewed and 441 pages are being released"); an EOUSA final response (PDF) on the DOJ form
with RIF/RIP/WIF counts, (b)(3) Fed. R. Crim. P. 6(e) and a Privacy Act (j)(2) box, and pages referred to ATF; a DEA
fee estimate requiring advance payment; a BOP acknowledgement in Word (letterhead in the page header) placing the
request in the complex track and denying expedited processing; an OIP appeal acknowledgement e-mail for an FBI
request; an OIP appeal decision (PDF) affirming DEA's action under Exemptions 7(C) and 7(D) after a Privacy Act
(j)(2) review; a Civil Rights Division no-records letter in Word; and a USCIS final response (PDF) on an A-File with
pages released in their entirety, in part and withheld in full, and pages sent to ICE for direct response.
Committed before the rules were run on them.

Real sources each letter is modelled on (structure, stock sentences and vocabulary; names, numbers and dates
invented). Where no page with the letter itself was found, the stock sentences are those of the agency's letters as
earlier sets and the cited regulation give them, and the source below is the agency's own page on the procedure:
- a01 USCIS acknowledgement: USCIS's FOIA status page (control numbers beginning NRC, COW; the A-File and non-A-File
  tracks; Track Two "complex inquiries that normally require additional search and review time"; the National
  Records Center, P.O. Box 648010, Lee's Summit),
  https://www.uscis.gov/about-us/freedom-information-and-privacy-act-foia/foia-request-status-check-average-processing-times/check-status-foia-request
  and https://projectcitizenship.org/requesting-records-part-1-foiapa-requests/ (the acknowledgement letter after
  the request is reviewed); the DHS sentence "the FOIA does permit a 10-day extension of this time period" as in
  the ICE letter of set 212.
- a02 ICE interim response: the DHS interim response "This is our first interim response ... To date, a search ...
  produced a total of 379 pages. Of those pages, I have determined that 302 pages of the records are releasable in
  their entirety, 53 pages are partially releasable, and 24 pages are withheld in their entirety pursuant to Title 5
  U.S.C. 552 (b)(5) and (b)(7)(E)", https://pdfslide.tips/documents/dhs-daca-cvr-ltr.html, and the DHS final
  response's appeal and fee paragraphs, https://docslib.org/doc/3095698/homeland-security-washington-dc-20528; the
  SecureRelease cover e-mail written from DHS's portal practice (no page with its text found).
- a03 CBP acknowledgement: the FOIAXpress "Receipt of Request" correspondence (received date, request number),
  https://docs.opexustech.com/docs/foiaxpress/11.9.X/usermanual/FOIAXpress_User/Using_FOIAXpress/Requests/Create-View_Requests/Correspondence/correspondence.htm,
  5 U.S.C. § 552(a)(6)(B)(i) and (iii)(I) (records at field facilities separate from the office processing the
  request), CBP's tracking format CBP-FO-YYYY-NNNNNN as in earlier sets.
- a04 DHS Privacy Office transfer: the DHS Privacy Office letters (letterhead "Privacy Office, Mail Stop 0655",
  appeal "following the procedures outlined in the DHS FOIA regulations at 6 C.F.R. Part 5 § 5.8 ... marked 'FOIA
  Appeal'"), https://docslib.org/doc/3095698/homeland-security-washington-dc-20528, and the Privacy Office's e-mails
  on MuckRock ("If you need to contact this office again concerning your request, please provide the DHS reference
  number", 1-866-431-0486; numbers 2023-HQFO-01555, 2023-HQFO-01174),
  https://www.muckrock.com/foi/united-states-of-america-10/oig-23-12-working-papers-comms-145672/ and
  http://Muckrock.com/foi/united-states-of-america-10/foia-report-comms-142439/.
- a05 DHS OIG acknowledgement: the same MuckRock OIG request page, the DHS acknowledgement formula (ICE letter of set
  212, http://noneinc.com/tBSWM/tBSWM_FOIA/tBSWM-FOIA_ICE-20101021_1of2.txt) and 6 C.F.R. § 5.11(k) (fee waiver
  factors); OIG tracking numbers YYYY-IGFO-NNNNN as in earlier sets.
- a06 FBI eFOIPA acknowledgement: the FBI's eFOIPA FAQ (electronic receipt of and responses to FOIPA requests),
  https://www.fbi.gov/how-we-can-help-you/more-fbi-services-and-information/freedom-of-information-privacy-act/efoipa-faqs,
  and the FBI's FOIPA page on what happens after a request (status tool, processing tracks),
  https://funnysongsabout.com/2022/12/17/how-many-days-until-july-1-2016/ (a copy of the FBI page); the
  acknowledgement's check boxes (fee categories under 5 U.S.C. § 552(a)(4)(A)(ii)) as FBI acknowledgements print
  them.
- a07 FBI eFOIPA release: the FBI release letter's exemption grid, "N pages were reviewed and N pages are being
  released", the deleted page information sheets and the OIP/OGIS paragraphs, as on the FBI letters quoted at
  https://muckrock.com/foi/united-states-of-america-10/narafbi-fpotus-records-referenced-in-sd-florida-case-no-922-mj-08332-expedited-federal-bureau-of-investigation-133095
  and in set 120; the eFOIPA FAQ above for the e-mail delivery.
- a08 EOUSA final response: EOUSA's FOIA pages (the official record-keeper for the USAOs, 175 N Street NE, Suite
  5.400), http://WWW.JUSTICE.GOV/usao/resources/making-foia-request/foia-frequently-asked-questions and its exemption
  codes page https://eousafoia.usdoj.gov/app/ExemptionCodes.aspx; the DOJ form's RIF/RIP/WIF lines as in earlier
  sets' EOUSA letters.
- a09 DEA fee estimate: 28 C.F.R. § 16.10 (fee categories, first two hours and 100 pages free, advance payment over
  $250, the 30-day commitment and tolling); DEA case numbers ("DEA FOIA Request Numbers 11-00186-PR, 11-00182-P")
  in Smith v. EOUSA, http://elawyers.us/opinion/1941440/in-re-zaptocky; no DEA fee letter found in the time.
- a10 BOP acknowledgement: BOP's FOIA pages (FOIA/PA Section, Office of General Counsel, 320 First Street NW; FOIA
  Service Center (202) 616-7750; BOP-OGC-EFOIA-S), https://www.bop.gov/foia/index.jsp and
  http://www.bop.gov/foia/?t=2; the expedited-processing standards of 28 C.F.R. § 16.5(e)(1).
- a11 OIP appeal acknowledgement: DOJ's appeals page (OIP adjudicates the components' appeals),
  https://www.justice.gov/open/appeals, OGIS on the appeal number an agency assigns,
  https://www.archives.gov/ogis/resources/the-ogis-library/how-to-file-an-appeal-s-p274, and OIP's acknowledgement
  formula ("This is to advise you that your administrative appeal from the action of ... was received by this
  Office on ...") as in sets with OIP acknowledgements.
- a12 OIP appeal decision: DOJ's appeals page above (affirm, affirm in part, remand), the OIP letterhead of
  https://assets.documentcloud.org/documents/3983821/Final-Response-to-FOIA-request-seeking.txt, OIP's affirmance
  formulas ("After carefully considering your appeal, I am affirming ...", "properly withheld this information in
  full because it is protected from disclosure under the FOIA pursuant to"), and Dale v. DEA on DEA's searches and
  exemptions, https://www.justice.gov/oip/dale-v-dea-no-20-1248-2022-wl-3910502-ddc-aug-31-2022-sullivan-j.
- a13 Civil Rights Division no-records letter: CRT's FOIA page (FOIA/PA Branch, 4CON, 950 Pennsylvania Ave NW,
  (202) 514-4210), http://www.justice.gov/crt/foia-electronic-reading-room, and the DOJ no-records letter with the
  § 552(c) exclusion notice and the suggestion of another office,
  https://assets.documentcloud.org/documents/3983821/Final-Response-to-FOIA-request-seeking.txt.
- a14 USCIS final response: the USCIS status page above (NRC control numbers, FIRST), and USCIS's final response
  formula ("We have completed the review of all documents and have identified N pages ... We are releasing N pages
  in their entirety and N pages in part", the Exemption (b)(6) paragraph, documents sent to ICE "for consideration
  and direct response to you") as in earlier sets' USCIS letters.

Expected values: the receipt day is logged only with an acknowledgement (a04, a08, a13 and a14 state it in a final
answer and do not get it); a07's pages withheld are the pages reviewed less those released, the deleted page sheets
marking the rest withheld (as set 120's FBI letter); pages referred to another agency (a08, a14) are neither
released nor withheld; Privacy Act exemptions ((j)(2)) are not FOIA exemptions and are not logged.

Sealed measurement: the set was written blind and kept apart from the rules while every other fix of its round was
made; it was scored once, after all of them had landed. Blind score: 12 of 14 fully right. Misses:
- a07 (a07-fbi-efoipa-final-release.eml): every exemption of the FBI's check-box grid read as applied, ticked or not
  ((b)(1) to (b)(9), where (b)(6), (b)(7)(C) and (b)(7)(D) are ticked): the grid's glyphs came through as the same
  black square.
- a08 (a08-eousa-final-rif-rip-wif.pdf): (b)(3) logged bare, not joined to the Federal Rules of Criminal Procedure,
  Rule 6(e) the form names beside it.
After general fixes (a federal rule of procedure, "Fed. R. Crim. P. 6(e)", is no sentence's end at "Crim."), 13 of 14.
"""

from __future__ import annotations

from intake_scoring import set_tests

SET = "heldout247"
# What the rules reach on this set now; it may only go up.
FLOOR = 13
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = {
    "a07-fbi-efoipa-final-release.eml",
}


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))
