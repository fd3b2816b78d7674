"""The hundred-and-ninety-sixth held-out set: 14 letters on appeals and reviews (letters/heldout196), six federal
appeal offices and initial letters deciding fees and speed, and six state review bodies, each written in the
structure and stock sentences of the office that sends it: a Coast Guard appeal acknowledgement e-mail; a Justice
Department Office of Information Policy decision remanding a no-records response for a further search (PDF); a State
Department Appeals Review Panel decision releasing more of two documents and upholding Exemptions 1 and 6; an APHIS
appeal decision (Word, letterhead in the page header) granting the appeal on Exemption 4 with 14 reprocessed pages
and affirming Exemption 6; an HHS acknowledgement e-mail granting a fee waiver; an FBI acknowledgement granting
expedited processing with the news-media fee paragraph (PDF); an Illinois Public Access Bureau letter opening a
Request for Review ("further inquiry is warranted"); a Pennsylvania Office of Open Records final determination
granting an appeal in part (PDF, the date at the foot); a New Jersey Government Records Council final decision finding
no unlawful denial; a Connecticut Freedom of Information Commission final decision (Word) ordering a report
disclosed with medical information redacted; a Kentucky Attorney General decision upholding a denial under KRS
61.878(1)(h) and KRS 17.150(2); a Texas Attorney General letter ruling; a DHS fee-waiver appeal decided by the Coast
Guard's Administrative Law Judge Program (PDF); and an HHS decision granting an appeal of a CDC denial of expedited
processing, the letter attached as PDF to an e-mail. Committed before the rules were run on them.

Real sources each letter is modelled on (structure, formulas and vocabulary; names, numbers and dates invented):
- a01 Coast Guard appeal acknowledgement: the DHS acknowledgement templates ("This acknowledges receipt of ...", "was
  received in this office on", "Although DHS' goal is to respond within 20 business days ... the FOIA does permit a
  10-day extension", "Per Section 5.5(a) of the DHS FOIA regulations"), https://vdocument.in/responsive-documents-crcl-12-002.html,
  and DHS appeals under 6 C.F.R. § 5.8, https://ecfr.federalregister.gov/current/title-6/chapter-I/part-5/subpart-A/section-5.8;
  the Coast Guard FOIA Process Guide, https://bayfury.com/how-to-check-us-coast-guard-licence-1656
- a02 OIP remand: OIP's template paragraphs for appeal letters ("After carefully considering your appeal, and as a
  result of discussions between ... personnel and this Office, I am remanding", "Please be advised that this
  Office's decision was made only after a full review of this matter", the OGIS paragraph),
  https://pdf4pro.com/file/303ae/5docs_DOJ_OIPTemplatesAAL_Database_2011.pdf.pdf, and OIP's guidance on adjudicating
  appeals, https://brucedocumentblog.blogspot.com/2022/12/doj-office-of-information-policy-foia.html
- a03 State Department Appeals Review Panel: https://foia.state.gov/Request/Appeals.aspx, https://www.stateoig.gov/foiaappeals
  and the Department's letter form ("Case No.: F-...", "The D.C. Circuit Court of Appeals, in Oglesby ..."),
  https://fr.scribd.com/document/356208139/DoS-FOIA-Response
- a04 APHIS appeal decision: USDA appeals, 7 C.F.R. § 1.14 (OGC review for legal sufficiency),
  https://webharvest.gov/congress115th/20190109213021/https://www.ascr.usda.gov/foia-appeal, and the outcomes on
  appeal (affirm, affirm in part, reverse, remand), https://www.ferc.gov/enforcement-legal/foia/overview/administrative-appeals
- a05 HHS acknowledgement with a fee waiver granted: https://vdocument.in/responsive-documents-crcl-12-002.html and the
  HHS fee-waiver factors of 45 C.F.R. § 5.54 as an earlier set's HHS letters word them.
- a06 FBI acknowledgement with expedited processing granted: the FBI's FOIPA acknowledgement (the "FOIPA Request No."
  block, the fee determination checkbox, the status and appeal paragraphs) as quoted on MuckRock,
  https://muckrock.com/foi/united-states-of-america-10/narafbi-fpotus-records-referenced-in-sd-florida-case-no-922-mj-08332-expedited-federal-bureau-of-investigation-133095
- a07 Illinois Public Access Bureau: 5 ILCS 140/9.5(b)-(f) ("shall determine whether further action is warranted",
  forward within 7 working days, 60 days to resolve), https://ilga.gov/ftp/legislation/99/HB/09900HB0175sam001.htm
  and https://geneva.il.us/221/Attorney-General-Information
- a08 Pennsylvania OOR final determination: the Commonwealth Court's summaries of OOR final determinations ("granted in
  part and denied in part the appeal", Section 708(b)(16), Section 902(b) extension),
  https://cetient.com/case/5141577/c-picarella-jr-v-doc-oor and https://cetient.com/case/9838818/pa-puc-v-j-nase-and-cozen-oconnor-oor;
  appeal outcomes, https://openrecordspennsylvania.com/2016/03/17/873-appeals-granted-withdrawn-or-found-moot-in-2015
- a09 New Jersey GRC final decision: https://www.nj.gov/grc/decisions/2005-220.html ("At the ... public meeting, the
  Government Records Council ('Council') considered ...", "This is the final administrative determination in this
  matter", "Decision Distribution Date")
- a10 Connecticut FOIC final decision: http://www.state.ct.us/foi/2011FD/20110829/FIC2010-765.htm and
  http://state.ct.us/foi/2006FD/20060614/FIC2005-324.htm ("heard as a contested case", "It is found that", "It is
  concluded that", "The following order by the Commission is hereby recommended")
- a11 Kentucky Attorney General decision: the AG's decision summaries ("did not violate the Open Records Act when it
  ... under KRS 61.878(1)(h)"), https://kyopengov.org/blog/open-records-decisions-issued-kentucky-attorney-general-last-week-0
  and https://lexingtonky.news/2024/12/29/kentucky-attorney-generals-open-records-decisions-issued-last-week/
- a12 Texas Attorney General letter ruling: https://www2.texasattorneygeneral.gov/opinions/openrecords/50abbott/orl/2005/htm/or200504965.htm
  ("Your request was assigned ID#", "You claim that the submitted information is excepted ..."), and
  https://www2.texasattorneygeneral.gov/og/questions-regarding-open-records-letter-rulings
- a13 DHS fee-waiver appeal decided by the Coast Guard Administrative Law Judge Program: 6 C.F.R. §§ 5.8 and 5.11(k),
  http://federal.elaws.us/cfr/5.25(b)-(c), https://ecfr.federalregister.gov/current/title-6/chapter-I/part-5/subpart-A/section-5.8
- a14 HHS expedited-processing appeal: 45 C.F.R. § 5.27 and HHS appeals (45 C.F.R. § 5.63, "If we reverse or modify
  the initial decision, we will inform you in writing"), https://ecfr.io/Title-45/Section-5.63

Blind score: 9 of 14 fully right, and 14 of 14 matched to its request by its number. Wrong were:
- a03 (State Department Appeals Review Panel): a final determination with no outcome instead of an appeal decision
  granted in part, and no appeal number on the event, though "Appeal No.: A-2026-00388" heads the letter: "The
  Appeals Review Panel (the "Panel") has considered your appeal ...", "the Panel has determined that additional
  information in two documents ... may be released" and "... was properly withheld under FOIA Exemptions 1 and 6".
- a07 (Illinois Public Access Bureau): received 2026-10-29, the day the FOIA request was submitted, instead of
  2026-11-24: "... the Freedom of Information Act (FOIA) request you submitted on October 29, 2026 (City FOIA No.
  26-1907)" was read before "We received your Request for Review on November 24, 2026."
- a09 (New Jersey GRC final decision): no exemptions; the Council's finding cites the definition of a government
  record: "The Custodian lawfully denied access to ... request item No. 1 because it failed to seek identifiable
  government records ... N.J.S.A. 47:1A-1.1; MAG Entm't, LLC v. Div. of Alcoholic Beverage Control, ...".
- a11 (Kentucky Attorney General): the decision's number "26-ORD-329" (its own line above the date) taken as the
  request's tracking number and no appeal number, though "KSP identified the request as ORR No. 26-30418".
- a12 (Texas Attorney General letter ruling): denied instead of granted in part, though "The department must release
  the remaining information."; and "Gov't Code § 552.130(a)" (the citation after the section's description:
  "... is excepted from public release. Gov't Code § 552.130(a).") instead of "Gov't Code § 552.130", the section
  the ruling applies ("must withhold ... under section 552.130 of the Government Code").
"""

from __future__ import annotations

from intake_scoring import set_tests

SET = "heldout196"
# What the rules reach on this set now (blind: 9); it may only go up.
FLOOR = 9
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = {
    "a03-dos-arp-decision.txt", "a07-il-pac-review-ack.txt", "a09-nj-grc-final-decision.txt", "a11-ky-ag-ord.txt",
    "a12-tx-oag-ruling.txt",
}


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))
