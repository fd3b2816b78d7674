"""The four-hundred-and-tenth held-out set: 14 letters (letters/heldout410) from state and local offices in fourteen
states, mostly universities and the less often met offices of a state, the everyday answers to public-records
requests, in the formats they really send: a University of Oregon Office of Public Records acknowledgement with its
estimate of the cost under ORS 192.324; a Tucson Police Department release (PDF) of use-of-force reports redacted under
A.R.S. 41-1750, 13-4434 and 28-455; a University of Wisconsin-Madison denial in Word of a personnel investigation file
under Wis. Stat. 19.36(10)(b) and the balancing test; a University of Connecticut first installment of athletics
e-mail redacted under Conn. Gen. Stat. 1-210(b)(17) and (b)(10); a University of Maryland e-mail denying a fee waiver
under GP 4-206(e); an LSU Office of the General Counsel letter finding no records; a New Mexico Children, Youth and
Families Department e-mail finding a request excessively burdensome or broad under NMSA 1978, 14-2-10, with its day;
a University of Iowa Office of Transparency e-mail asking what a request means, with the 30-day close; a University
of Nevada, Reno notice in Word under NRS 239.0107(1)(c) giving the earliest day; an Oklahoma Office of the Governor
letter confirming a withdrawal; a Johnson County Sheriff's Office (Kansas) KORA denial of an in-custody death file
under K.S.A. 45-221(a)(10) and (a)(30); a Maui Police Department UIPA Notice to Requester (a scanned PDF) with its fee
estimate after the public interest waiver; a University of Washington second installment (PDF) with pages withheld
in full; and a Vermont Department of Public Safety Commissioner's appeal decision granting an appeal in part. Written
blind and committed before the rules were run on them.

- b01-or-uo-ack-fee-estimate.txt: University of Oregon, 2026-PRR-0418, received December 3, 2026, estimated cost
  $465.00 (staff and attorney time), 60 days to reply.
- b02-az-tucson-pd-records-partial.pdf: Tucson Police Department, request 26-4418, 146 pages released with redactions
  under A.R.S. 41-1750 (with 28 C.F.R. 20.33), 13-4434, 28-455 (with 18 U.S.C. 2721), nothing withheld in full.
- b03-wi-uw-madison-denial.docx: UW-Madison, request #26-1187, denied under Wis. Stat. 19.36(10)(b) and the balancing
  test, review by mandamus under 19.37(1).
- b04-ct-uconn-foi-first-installment.txt: UConn, FOI Request #26-0731, first installment of 212 pages, Conn. Gen.
  Stat. 1-210(b)(17) (with 20 U.S.C. 1232g) and 1-210(b)(10); the next in about thirty days.
- b05-md-umd-fee-waiver-denied.eml: University of Maryland, PIA #26-214, fee waiver denied under GP 4-206(e), the
  Ombudsman and the Compliance Board paragraph.
- b06-la-lsu-no-records.txt: LSU, PRR-26-0842, no records of an agreement between the LSU Police Department and ICE.
- b07-nm-cyfd-ipra-burdensome.eml: New Mexico CYFD, IPRA 26-1142, received December 2, 2026, excessively burdensome or
  broad, response on or before January 29, 2027.
- b08-ia-uiowa-clarification.eml: University of Iowa, request 26-0933, received December 4, 2026, three questions to
  clarify, closed if no reply in 30 days.
- b09-nv-unr-fifth-day-notice.docx: University of Nevada, Reno, UNR-PRR-26-377, received December 7, 2026, records
  available on or after January 8, 2027 (NRS 239.0107(1)(c)).
- b10-ok-governor-request-withdrawn.txt: Oklahoma Office of the Governor, ORR-2026-0417, withdrawn at the requester's
  e-mail and closed.
- b11-ks-jocoso-kora-denial.txt: Johnson County Sheriff's Office, KORA-26-2291, denied under K.S.A. 45-221(a)(10) and
  (a)(30); K.S.A. 45-254 named only for a viewing of recordings.
- b12-hi-maui-pd-notice-to-requester.pdf: Maui Police Department, MPD-UIPA-26-0562 (scanned), received December 8,
  2026, $220.00 less the $60.00 public interest waiver, $160.00, half of it prepaid.
- b13-wa-uw-second-installment.pdf: University of Washington, PR 2026-01187, second installment of 318 pages, 9 withheld
  in full, RCW 42.56.250(4), 42.56.290, 20 U.S.C. 1232g and RCW 5.60.060(2)(a).
- b14-vt-dps-appeal-decision.txt: Vermont Department of Public Safety, appeal on DPS-PRR-26-0388, granted in part: the
  14-page incident report released with redactions under 1 V.S.A. 317(c)(7), the notes and interviews kept under
  317(c)(5)(A)(iii) and (iv); the custodian's 317(c)(5)(A) only recited.

Real sources each letter is modelled on (structure, stock sentences and vocabulary; names and numbers invented):
- b01 University of Oregon: the Office of Public Records' fee pages (staff time with benefits, attorney review, fee
  waivers under ORS 192.324(5)), https://publicrecords.uoregon.edu/content/fees and
  https://publicrecords.uoregon.edu/content/fees-0, and ORS 192.324 (acknowledgement within five business days),
  https://lawserver.com/law/state/oregon/or-statutes/oregon_statutes_192-324
- b02 Tucson Police Department: the Arizona Ombudsman-Citizens' Aide's public records law booklet (A.R.S. 39-121 ff.,
  best interests of the state, the confidentiality statutes), https://docslib.org/doc/13224549/public-records-law-overview
  and https://safariosophy.com/arizona-public-records-exemptions-8280
- b03 UW-Madison: the Wisconsin Department of Justice's Office of Open Government (mandamus, the district attorney,
  the Attorney General),
  https://www.doj.state.wi.us/office-open-government/ask-the-oog/what-can-i-do-if-authority-denies-my-public-records-request
  and the Compliance Outline, https://studylib.net/doc/11852951/wisconsin-public-records-law-wis.-stat.-%C2%A7%C2%A7-19.31-19.39
- b04 UConn: Freedom of Information Commission decisions on UConn's responses (acknowledged, compiled and reviewed,
  non-exempt records provided), https://preview-stage.ct.egov.com/foi/decisions/finaldecisions2013/fic2012-645 and
  https://insideinvestigator.org/?p=36783 (initial batches, FERPA redactions)
- b05 University of Maryland: GP 4-206 (the first two hours, prorated salaries, waiver for indigence or the public
  interest), https://lexace.ai/us/statute/maryland/GP-4-206, Baltimore Police Department v. Open Justice Baltimore,
  https://cetient.com/case/9804782/balt-police-dept-v-open-justice-balt, and the Attorney General's sample letters,
  https://mafiadoc.com/maryland-public-information-act-manual-maryland-attorney-general_5a22dbd31723ddf8a9dcda62.html
- b06 LSU: the Louisiana Public Records Law as universities state it,
  https://communicationsandmarketing.louisiana.edu/support-services/public-records-requests and
  https://www.mcneese.edu/policy/public-records-request-policy/, and https://foiabasics.org/orr/louisiana
- b07 New Mexico CYFD: NMSA 1978, 14-2-10 (excessively burdensome or broad, notice within fifteen days),
  https://instalawyer.io/laws/new-mexico-statutes/section-14-2-10-procedure-for and
  https://nmfog.org/topic/1broad-and-burdensome-requests/
- b08 University of Iowa: the Office of Transparency's pages (fees of the Board of Regents, clarification),
  https://transparency.uiowa.edu/frequently-asked-questions and the Iowa Public Information Board's chapter 22
  questions, https://ipib.iowa.gov/public-records/chapter-22-frequently-asked-questions-0
- b09 University of Nevada, Reno: NRS 239.0107 (the fifth business day, the earliest date and time),
  https://instalawyer.io/laws/nevada-revised-statutes/chapter-239-public-records-nrs-2390107-requests-for
- b10 Oklahoma Office of the Governor: the Open Records Act as requesters cite it (51 O.S. 24A.1 ff.),
  https://addison.law/resources/open-records-request and http://media.okstate.edu/faculty/jsenat/foioklahoma/requestletter.html
- b11 Johnson County Sheriff's Office: the Attorney General's KORA questions and the guide for law enforcement
  (criminal investigation records, 45-221(a)(10)), https://ag.ks.gov/divisions/administration/open-government/kora-faq
  and https://vdocuments.us/a-guide-to-the-kansas-open-records-act-for-law-kora-criminal-investigations.html
- b12 Maui Police Department: the Office of Information Practices' rules and model forms (Notice to Requester, fees
  for search, review and segregation, the $30 and $60 waivers, prepayment),
  https://ags.hawaii.gov/oip/rules/quick-guide-to-oips-administrative-rules/ and
  http://www.hawaii.edu/researchcompliance/freedom-information
- b13 University of Washington: chapter 478-276 WAC (installments, review of denials) and the UW rules,
  http://lawfilesext.leg.wa.gov/law/wsr/2013/05/13-05-073.htm and
  http://www.washington.edu/admin/rules/policies/WAC/478-276-100.html
- b14 Vermont Department of Public Safety: 1 V.S.A. 318 (appeal to the head of the agency, judicial review under
  319), http://vermont-archives.org/records/right-to-know/response.html and
  https://www.sec.state.vt.us/archives-records/state-archives/government-history/continuing-issues/access-to-public-records/procedure-and-enforcement.aspx

Sealed measurement: written blind on a branch of its own and kept out of the rules' reach while the round's fixes were
made, then scored once after them, at 2bd8c2cf: 9 of 14 fully right. Wrong were:
- b03 (b03-wi-uw-madison-denial.docx): exemptions None != ['Wis. Stat. § 19.36(10)(b)']
- b04 (b04-ct-uconn-foi-first-installment.txt): kinds ['final_determination'] != ['interim_release']; outcome
  'partial_grant' != None
- b09 (b09-nv-unr-fifth-day-notice.docx): expected_by None != '2027-01-08'
- b11 (b11-ks-jocoso-kora-denial.txt): exemptions ['K.S.A. 45-221(a)(10)', 'K.S.A. 45-221(a)(30)', 'K.S.A. 45-254(a)']
  != ['K.S.A. 45-221(a)(10)', 'K.S.A. 45-221(a)(30)']
- b14 (b14-vt-dps-appeal-decision.txt): exemptions ['1 V.S.A. § 317(c)(5)(A)(iii)', '1 V.S.A. § 317(c)(7)', '1 V.S.A. §
  317(c)(5)(A)(iv)'] != ['1 V.S.A. § 317(c)(7)', '1 V.S.A. § 317(c)(5)(A)(iii)', '1 V.S.A. § 317(c)(5)(A)(iv)']
"""

from __future__ import annotations

from intake_scoring import set_tests

SET = "heldout410"
# What the rules reached on this set when it was scored once, sealed (9); it may only go up.
FLOOR = 9
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = {
    "b03-wi-uw-madison-denial.docx",
    "b04-ct-uconn-foi-first-installment.txt",
    "b09-nv-unr-fifth-day-notice.docx",
    "b11-ks-jocoso-kora-denial.txt",
    "b14-vt-dps-appeal-decision.txt",
}


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))
