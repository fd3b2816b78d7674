"""The two-hundred-and-eighty-fourth held-out set: 14 letters (letters/heldout284) from state and local agencies of
fourteen states that earlier sets used less, in their real structure, formulas and vocabulary, most of them the
everyday letters agencies send: a Los Angeles County Sheriff's Department letter (PDF) stating the day a California
Public Records Act request was received and extending the ten-day determination by 14 days under Government Code
section 7922.535 for unusual circumstances; a New York State Department of Health FOIL acknowledgement e-mail with
the day of receipt and the date of the response within twenty business days (Public Officers Law § 89(3)(a)); a
Harris County Sheriff's Office GovQA e-mail releasing an incident report redacted under Texas Government Code
§ 552.130 and § 552.147 without an Attorney General decision; a Miami-Dade Sheriff's Office special service charge
estimate under s. 119.07(4)(d), F.S., with a cost table (Word); a Cook County Sheriff's Office notice (PDF) extending
an Illinois FOIA request by five business days under Section 3(e) with the day of receipt and the new due date; a
Seattle Police Department GovQA e-mail with a first installment redacted under RCW 42.56.240(1), (2) and
42.56.250(4); a City of Phoenix GovQA completion e-mail releasing records in full; a Gwinnett County Police
Department no-records letter under the Georgia Open Records Act; a Michigan State Police FOIA response (PDF)
granting in part under MCL 15.243(1)(a), (1)(b)(iv) and (1)(d) with the appeal and Court of Claims notice; a
Philadelphia Police Department Right-to-Know Law thirty-day extension under 65 P.S. § 67.902(b) (Word); a
Massachusetts Division of Public Records e-mail acknowledging a petition to the Supervisor of Records (SPR number); a
Newark Board of Education OPRA response granted in part (N.J.S.A. 47:1A-1.1 and 47:1A-10); a City of Charlotte
NextRequest closure e-mail denying a CMPD investigative file under N.C. Gen. Stat. § 132-1.4(a); and an Ohio
Department of Rehabilitation and Correction response (PDF) producing records with redactions and withholdings under
R.C. 149.43(A)(1)(h), (A)(2)(c), 149.433(B), 5120.21(D) and 149.43(A)(1)(a). Committed before the rules were run on
them.

Real sources each letter is modelled on (structure, stock sentences and vocabulary; names and numbers invented):
- s01 LASD CPRA extension: Government Code § 7922.535 (ten days to determine, written notice of unusual
  circumstances and the date a determination is expected, no more than 14 days),
  https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?lawCode=GOV&sectionNum=7922.535 , and the
  CPRA extension letters of earlier sets.
- s02 NYS DOH FOIL acknowledgement: Public Officers Law § 89(3)(a) (acknowledge within five business days with an
  approximate date, ordinarily within twenty business days), http://docs.dos.ny.gov/coog/ftext/F19355.html ,
  http://docs.dos.ny.gov/coog/ftext/f19644.htm and
  https://northportny.gov/documents/freedom-of-information-act-form-and-information-about-the-act
- s03 Harris County Sheriff's Office GovQA release: Tex. Gov't Code § 552.130(c) and § 552.147(b) (redaction without
  an Attorney General decision, the requestor's right to ask for a review, the prescribed form of notice), 1 T.A.C.
  § 63.12, http://txrules.elaws.us/rule/title1_chapter63_sec.63.12 , and
  https://regulations.justia.com/states/texas/title-1/part-3/chapter-63/subchapter-b/section-63-14 ; the GovQA layout
  ("--- Please respond above this line ---", "To monitor the progress or update this request please log into ...").
- s04 Miami-Dade special service charge: s. 119.07(4)(d), F.S. (extensive use of clerical or supervisory
  assistance, a reasonable special service charge, collected in advance),
  https://www.fkaa.com/282/Public-Records-Request ,
  https://www.mymanatee.org/home/government/departments/property-management/public-records.html and the Palm Beach
  County Sheriff's Office price sheet, https://online.documentine.com/pbso-blotter-booking-blotter/1/palm-beach-county-sheriff-s-office.html
- s05 Cook County Sheriff's Office extension: 5 ILCS 140/3(e) (five more business days, the listed reasons, notice
  of the reasons and the date of the response), https://law.cornell.edu/regulations/illinois/Ill-Admin-Code-tit-2-SS-1127.401
  and https://codelibrary.amlegal.com/codes/woodriveril/latest/woodriver_il/0-0-0-612
- s06 Seattle Police Department installment: RCW 42.56.080 and 42.56.520 (installments, review of a denial by the
  agency), RCW 42.56.240 and 42.56.250, the five-day responses described at https://www.cityoffife.org/FAQ.aspx?QID=235
  and https://www.whatcomcounty.us/1045/Response-to-Records-Requests , and the GovQA layout as in s03.
- s07 City of Phoenix GovQA completion: A.R.S. § 39-121 et seq. and § 39-121.01 (commercial purpose statement) and
  the GovQA completion e-mails of earlier sets; no agency page found in the time available.
- s08 Gwinnett County Police no records: O.C.G.A. § 50-18-70 et seq. and § 50-18-71(j) (no duty to create records),
  and the earlier sets' Georgia letters; no agency page found in the time available.
- s09 Michigan State Police partial grant: MCL 15.235(4)-(5) (contents of a notice of denial: the exemption, the
  description of what was separated or deleted, the right to appeal to the head of the public body or to sue within
  180 days), http://walledlake.us/index.php/freedom-of-information and
  https://print.casetext.com/statute/michigan-compiled-laws/chapter-15-public-officers-and-employees/freedom-of-information-act/section-15235-request-to-inspect-or-receive-copy-of-public-record-response-to-request-failure-to-respond-damages-contents-of-notice-denying-request-signing-notice-of-denial-notice-extending-period-of-response-action-by-requesting-person-law-enforcement-records-management-system-alternate-responses
- s10 Philadelphia Police Department RTKL extension: 65 P.S. § 67.902 (the listed reasons, notice within five
  business days with a reasonable date of the response, thirty calendar days),
  https://print.casetext.com/statute/pennsylvania-statutes/statutes-unconsolidated/title-65-ps-public-officers/chapter-3a-right-to-know-law/chapter-9-agency-response/section-67902-extension-of-time
  and http://panewsmedia.org/newspublications/news/2015/12/17/legal-hotline-right-to-know-law-response-extension
- s11 Massachusetts petition acknowledgement: 950 CMR 32.08 (petition to the Supervisor, a copy to the records access
  officer, a determination within ten business days), https://www.law.cornell.edu/regulations/massachusetts/950-CMR-32-08
  , the Division's address and SPR appeal numbers, https://www.sec.state.ma.us/pre/prepetitions/petitionsidx.htm and
  https://www.statereference.com/pages/ma_prd_appeals
- s12 Newark Board of Education OPRA partial grant: N.J.S.A. 47:1A-10 (personnel records and the listed public
  items), 47:1A-1.1 and 47:1A-6 (Government Records Council or Superior Court), and the earlier sets' New Jersey
  letters; no agency page found in the time available.
- s13 City of Charlotte NextRequest denial: N.C. Gen. Stat. § 132-1.4(a) and (c) (records of criminal investigations
  are not public records; the listed items are), http://www.laws9.com/statutes/north-carolina/Chapter_132/GS_132-1_4
  and http://smvt.com/2000/08/18/top-ten-or-so-things-to-remember-about-the-n-c-public-records-law/ ; the NextRequest
  closure e-mail layout ("Record request #... has been closed. The closure reason supplied was:") as in earlier sets.
- s14 Ohio DRC response: R.C. 149.43(B)(3) (a denial states the legal authority; redactions plainly visible),
  R.C. 149.43(A)(1)(h) and (A)(2)(c), R.C. 149.433(B), R.C. 5120.21, and the earlier sets' Ohio letters; no agency
  page found in the time available.

Sealed measurement: the set was written blind at the start of its round and kept apart from the rules while the
round's fixes were made; it was scored once, after they had landed (main at 2f38c300). Blind score: 13 of 14 fully
right, and 14 of 14 matched to its request by its number. Misses:
- s03 (Harris County Sheriff's Office, GovQA e-mail): "Gov't Code § 552.147(b)" logged in place of "Gov't Code §
  552.147": the subsection that lets the office redact without a ruling, in "As permitted by sections 552.130(c) and
  552.147(b) of the Government Code, this information was redacted without the necessity of requesting a decision
  from the Office of the Attorney General", taken for the ground.
After general fixes (a Texas subsection that lets an office redact without a ruling, cited beside the exception it
belongs to, gives way to it), 14 of 14.
"""

from __future__ import annotations

from intake_scoring import set_tests

SET = "heldout284"
# What the rules reach on this set now (not yet scored); it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))
