"""The two-hundredth held-out set: 14 letters (letters/heldout200) from state and local agencies and review bodies of
the Northeast and mid-Atlantic, written after the rules had been read and changed for set 192 (so its score is not a
blind one, and is recorded apart from the blind ones): a Maine Governor's Office FOAA acknowledgement e-mail with a
non-binding estimate of the date and the cost; a Connecticut Freedom of Information Commission final decision (PDF)
finding one exemption proved and ordering other records released, its statutes written "§1-210(b)(3)(D), G.S."; an
NYC OpenRecords e-mail closing a Department of Correction request "Disclosed in Part" with the files released; a New
York State DOT letter that cannot respond by the date it gave and names a new one; a Cherry Hill OPRA denial e-mail
with a numbered list of reasons; a Government Records Council acknowledgement of a Denial of Access Complaint; a
Pennsylvania Office of Open Records official notice of appeal with its final determination due date; a PennDOT
letter asking prepayment for paper copies (PDF), after an earlier thirty-day extension it recalls; a Massachusetts
State Police response in Word with a table of pages produced, redacted and withheld; a Delaware Department of
Correction e-mail extending by fifteen business days to a named date; a Vermont Agency of Natural Resources
staff-time estimate with payment in advance; a City of Manchester (New Hampshire) Right-to-Know response granted in
part (PDF); a City of Providence NextRequest closure with no responsive records; and an Anne Arundel County PIA e-mail
granting a fee waiver.
Committed before the rules were run on them.

Real sources each letter is modelled on (structure, stock sentences and vocabulary; names and numbers invented):
- b01 Maine Governor's Office acknowledgement: the Governor's Office FOAA reply quoted on MuckRock ("This email
  constitutes official acknowledgement and response to your request", "Your request will be processed in the ordinary
  course of business. Our non-binding estimate ..."),
  https://www.muckrock.com/foi/multirequest/public-records-request-log-maine-governors-office-44383/, and 1 M.R.S.
  § 408-A as the state's pages explain it, https://www.cityofbath.com/foaa and
  https://autodiscover.legislature.maine.gov/legis/bills/bills_126th/billtexts/HP086101.asp
- b02 Connecticut FOI Commission final decision: the Commission's decisions ("The above-captioned matter was heard as
  a contested case", "the following facts are found and conclusions of law are reached", "§1-210(b)(3)(D), G.S.",
  "Forthwith, the respondents shall provide"), https://portal.ct.gov/foi/decisions/finaldecisions2012/fic2012-012 and
  http://www.state.ct.us/foi/2011FD/20111214/FIC2011-212.htm
- b03 NYC OpenRecords closing e-mail: the OpenRecords notices quoted on MuckRock,
  https://muckrock.com/foi/new-york-city-17/reopening-guidance-communications-156032, and the OpenRecords FAQ,
  https://a860-openrecords.nyc.gov/faq
- b04 NYSDOT new date: Public Officers Law § 89(3)(a) and the Committee on Open Government's rules as agencies state
  them (an approximate date, a new date with the reason when it cannot be met),
  https://docsopengovernment.dos.ny.gov/coog/ftext/f18409.html and
  https://casetext.com/regulation/new-york-codes-rules-and-regulations/title-22-judiciary/subtitle-c-ancillary-agencies/chapter-v-state-commission-on-judicial-conduct/part-7001-public-access-to-records-of-the-state-commission-on-judicial-conduct/section-70016-requests-for-public-access-to-records
- b05 Cherry Hill OPRA denial and b06 GRC complaint acknowledgement: the Government Records Council's decisions and
  their account of custodians' denials and of the Council's process (mediation, adjudication at a public meeting),
  https://www.nj.gov/grc/decisions/2005-98.html and https://www.nj.gov/grc/decisions/2005-220.html
- b07 OOR notice of appeal and b08 PennDOT prepayment: the OOR's appeal procedure and procedural guidelines (thirty
  days to decide, submissions within seven business days, the agency's burden), http://openrecords.pa.gov/Appeals/ProceduralGuidelines.cfm
  and https://earltwpberks.com/right-to-know, and the thirty-day extension and fees as the Pennsylvania NewsMedia
  Association explains them, https://panewsmedia.org/rtkl-30-day-extension
- b09 Massachusetts State Police response: G. L. c. 66, § 10 and the exemptions of G. L. c. 4, § 7(26) as the
  Secretary of the Commonwealth's guide describes them, https://wmcardservices.org/are-court-minutes-public-record-6417
  and https://townsendpd.org/public-records-guidelines
- b10 Delaware Department of Correction extension: 29 Del. C. § 10003(h) as the Department of Justice's manual for
  FOIA coordinators explains it (fifteen business days; additional time with the reason and a good faith estimate),
  https://fdocuments.us/document/delaware-freedom-of-information-act-2019-11-14-foia-section-10003h-sets-specific.html
  and https://littlecreek.delaware.gov/foia-2/
- b11 Vermont ANR staff-time estimate: 1 V.S.A. § 316(c)-(f) (staff time over thirty minutes, the Secretary of State's
  rate, payment in advance), https://legislature.vermont.gov/statutes/section/01/005/00316
- b12 Manchester Right-to-Know response: RSA 91-A:4 and 91-A:5, IV (internal personnel practices, the privacy
  balancing), and the remedies of RSA 91-A:7 and the Ombudsman, https://www.gencourt.state.nh.us/rsa/html/VI/91-A/91-A-mrg.htm
- b13 Providence NextRequest closure: NextRequest's request process and closure notices,
  https://help.nextrequest.com/knowledge/request-process-overview, and R.I. Gen. Laws §§ 38-2-3 and 38-2-8,
  https://instalawyer.io/laws/rhode-island-general-laws/section-38-2-3-right-to
- b14 Anne Arundel County fee waiver: Gen. Prov. § 4-206(e) (waiver on the applicant's ability to pay and the public
  interest), https://codes.findlaw.com/md/general-provisions/md-code-gen-provis-sect-4-203/ and
  https://docslib.org/doc/10462037/maryland-public-information-act-manual
"""

from __future__ import annotations

from intake_scoring import set_tests

SET = "heldout200"
# What the rules reach on this set now; it may only go up.
FLOOR = 0
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = {
    "b01-maine-governor-foaa-ack.eml", "b02-ct-fic-final-decision.pdf", "b03-nyc-doc-openrecords-closed.eml",
    "b04-nysdot-foil-new-date.txt", "b05-cherry-hill-opra-denial.eml", "b06-nj-grc-complaint-ack.txt",
    "b07-pa-oor-notice-of-appeal.txt", "b08-penndot-rtkl-fee-prepayment.pdf", "b09-mass-state-police-partial.docx",
    "b10-delaware-doc-foia-extension.eml", "b11-vt-anr-pra-fee.txt", "b12-manchester-nh-rtk-partial.pdf",
    "b13-providence-nextrequest-no-records.eml", "b14-anne-arundel-pia-waiver-granted.eml",
}


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))
