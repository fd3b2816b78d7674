"""The three-hundred-and-sixty-third held-out set: 14 letters (letters/heldout363) from municipal and county offices in
fourteen states, about police and sheriffs' records (body-worn and dash-camera video, 911 audio and CAD reports,
use-of-force reports, jail and ICE detainer records), in the formats they really send: a Chicago Police Department
partial release of Tactical Response Reports with the body-worn camera video withheld for pending proceedings; a
Houston Police Department GovQA e-mail with the Texas itemized statement of estimated charges for video redaction
attached as PDF; a City of Phoenix GovQA acknowledgement; a Seattle Police Department five-day letter in Word; a San
Diego County Sheriff's Office CPRA extension of fourteen days (PDF) for jail and ICE notification records; a Denver
Police Department CORA/CCJRA estimate for body-worn camera review at $33.58 an hour; a Metropolitan Nashville Police
Department response form (PDF) denying records of a pending prosecution under Rule 16; a Boston Police Department
no-records letter (PDF) for 911 audio overwritten after a year; a City of Detroit FOIA notice of a ten-business-day
extension; a Minneapolis NextRequest closing e-mail releasing public data with active investigative data and
body-worn camera data withheld; an Albuquerque Public Schools letter closing an IPRA request for want of a reply to a
request for clarification; a Philadelphia Police Department Right-to-Know thirty-day extension in Word with its
checklist table; a Charlotte-Mecklenburg Police Department e-mail (letter attached as PDF) refusing body-worn camera
video without a court order and an internal affairs file; and a Columbus Division of Police release of 911 audio, a
CAD report and a redacted incident report. Written blind and committed before the rules were run on them.

- h01-il-chicago-pd-trr-partial.txt: CPD FOIA File No. P934106, 38 pages released with 5 ILCS 140/7(1)(c) and
  7(1)(b) redactions, body-worn camera video withheld under 7(1)(d)(i); recalls an earlier five-day extension.
- h02-tx-houston-pd-cost-estimate.eml: HPD W071842-111726, itemized statement under Gov't Code 552.2615, $419.00.
- h03-az-phoenix-pd-ack.eml: City of Phoenix R126608-113026, received 11/30/2026, "30 to 45 business days".
- h04-wa-seattle-pd-five-day.docx: SPD P078215-112326, received November 23, 2026, first installment on or before
  January 29, 2027.
- h05-ca-sd-sheriff-extension.pdf: San Diego County Sheriff CPRA 26-6251, received November 16, 2026, extended 14
  days under Gov. Code 7922.535(b) to December 10, 2026.
- h06-co-denver-pd-fee-estimate.txt: DPD CORA/CCJRA DPD-CR-2026-009314, 10 chargeable hours at $33.58, $335.80.
- h07-tn-metro-nashville-pd-denial.pdf: MNPD-PRR-26-14471 denied, Tenn. R. Crim. P. 16(a)(2) and Tenn. Code Ann.
  37-1-153.
- h08-ma-boston-pd-no-records.pdf: BPD-PRR-26-11708, no responsive 911 or dispatch recordings or CAD entries.
- h09-mi-detroit-extension.txt: Detroit FOIA 26-7712, received November 23, 2026, extended 10 business days under MCL
  15.235(2)(d) to December 14, 2026.
- h10-mn-minneapolis-nextrequest-closed.eml: Minneapolis #26-18822 closed, 29 pages of public data, Minn. Stat.
  13.82 subd. 7 and 17 and 13.825 subd. 2 withheld.
- h11-nm-albuquerque-schools-closed.txt: APS IPRA 2026-1904 closed as abandoned after no reply to clarification.
- h12-pa-philadelphia-pd-extension.docx: PPD 2026-RTK-3318, received November 30, 2026, 30 more days under 65 P.S.
  67.902(b) to January 6, 2027.
- h13-nc-cmpd-bwc-denial.eml: CMPD 26-9517 denied, N.C. Gen. Stat. 132-1.4A(b), 160A-168 and 132-1.4(a).
- h14-oh-columbus-pd-911-release.txt: Columbus #26-14227, 11 pages and two audio files, R.C. 149.43(A)(1)(h),
  149.43(A)(2)(a) and (b), 149.45.

Real sources each letter is modelled on (structure, stock sentences and vocabulary; names and numbers invented):
- h01 Chicago PD: CPD's FOIA directive (Special Order S09-03-05) and its responses quoted by the Chicago Justice
  Project ("The Chicago Police Department (CPD) is in receipt of your Freedom of Information Act (FOIA)"),
  http://directives.chicagopolice.org/lt2015/data/a7a57be2-12bcfa66-cf112-bd01-d9523bd50a7a911b.html,
  https://chicagojustice.org/2020/03/23/foia-cpd-aggregate-calls-for-service/ and the South Side Weekly's review of
  CPD denials citing pending investigations, https://southsideweekly.com/cpd-routinely-denies-foia-requests-for-dubious-reasons/
- h02 Houston PD: HPD's letters to the Attorney General on body-worn camera requests,
  https://ja.scribd.com/document/399731193/Houston-Police-Attorney-General-Letter-to-Withhold-Body-Cam-of-Fatal-Police-Shooting,
  the itemized statement of Gov't Code 552.2615 as in earlier sets, and Occupations Code 1701.661 on body camera fees,
  https://foift.org/2016/02/08/3215/
- h03 City of Phoenix: the GovQA acknowledgement of earlier sets ("Your request has been received and is being
  processed") and A.R.S. 39-121.01(D)(1).
- h04 Seattle PD: RCW 42.56.520 five-day letters of earlier sets and RCW 42.56.240(14) on body worn camera redaction
  costs.
- h05 San Diego County Sheriff: Gov. Code 7922.535,
  https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?lawCode=GOV&sectionNum=7922.535 and
  https://www.cdcr.ca.gov/operations-manual/dom/chapter-1-general-administration/article-16-public-records/13040-18-1-extension-of-time-limits/
- h06 Denver PD: https://www.denvergov.org/Open-Records-CORA ("There is no charge for the first hour to research and
  retrieve records"), https://studylib.net/doc/18368103/denver-police-department-civil-liabilities-unit and
  https://www.denverda.org/cora-ccjra-records-request-form/
- h07 Metro Nashville PD: the Office of Open Records Counsel's records request response form, and The Tennessean v.
  Metro. Gov't, http://law.justia.com/cases/tennessee/workers-compensation/2016/m2014-00524-sc-r11-cv.html and
  https://scribd.com/document/646482982/Complaint-and-Petition-for-Access-to-Public-Records-With-Exhibits-1
- h08 Boston PD: BPD responses on MuckRock ("This email is in response to your request for Public Records pursuant
  to the Massachusetts Public Records Law, M.G.L. c.66, §10"),
  https://www.muckrock.com/foi/boston-3/dv-response-times-boston-police-department-39381/ and
  https://assets.documentcloud.org/documents/1684608/bpd-police-reports-officers.txt
- h09 Detroit: MCL 15.235(2)(d),
  https://www.michiganlegalcenter.com/mcl-%C2%A7-15-235-requests-to-inspect-or-receive-copies-response-requirements/
- h10 Minneapolis: NextRequest closing notices of earlier sets and the Data Practices Office's law enforcement data
  summary, https://mn.gov/admin/data-practices/data/types/lawenforcement/leoverview/
- h11 Albuquerque Public Schools: the New Mexico IPRA Compliance Guide,
  https://fdocuments.in/document/inspection-of-public-records-act-compliance-guide.html and
  https://rld.nm.gov/manufactured-housing-division/forms-and-applications/ipra
- h12 Philadelphia PD: the City's Open Records Policy, https://derivativeworks.com/open-records-policy-city-of-philadelphia,
  https://pittsburghpa.gov/law/city-response (the 902 reasons) and the RTKL extensions of earlier sets.
- h13 CMPD: https://www.charlottenc.gov/cmpd/News-Resources/Resources/Request-Body-Worn-Footage-911-Calls-for-Service
  and https://nccriminallaw.sog.unc.edu/may-a-police-department-release-its-own-body-worn-camera-footage-to-the-public/
- h14 Columbus Division of Police: R.C. 149.43 responses of earlier sets (confidential law enforcement investigatory
  records, R.C. 2743.75 complaints in the Court of Claims).

Blind score (written before the rules were run on it): 10 of 14 fully right, and all 14 matched to their request.
Wrong were:
- h01 (h01-il-chicago-pd-trr-partial.txt): pages_released None != 38, from "Enclosed please find thirty-eight (38)
  pages of Tactical Response Reports and Officer Battery Reports responsive to your request."
- h02 (h02-tx-houston-pd-cost-estimate.eml): kinds ['acknowledged', 'fee_estimate'] != ['fee_estimate'], received
  '2026-11-17' != None, from "The Houston Police Department (the "Department") received your request for information
  under the Texas Public Information Act, ... on November 17, 2026." The rules were right and the expectation wrong:
  the earlier sets log a fee letter that gives the day the request was received as an acknowledgement too
  (heldout/h10-tx-cost.txt, "The Department received your request for information on September 28, 2026. The charges
  for the requested information will be $23.10"), so expected.json now says so.
- h07 (h07-tn-metro-nashville-pd-denial.pdf): exemptions ['Tenn. Code Ann. § 37-1-153'] != ['Tenn. R. Crim. P.
  16(a)(2)', 'Tenn. Code Ann. § 37-1-153'], from "The records are part of an open and pending criminal investigation
  and prosecution and are not open for public inspection at this time. Tenn. R. Crim. P. 16(a)(2); ..."
- h13 (h13-nc-cmpd-bwc-denial.eml): exemptions ['N.C. Gen. Stat. § 132-1.4(a)', 'N.C. Gen. Stat. § 160A-168'] !=
  ['N.C. Gen. Stat. § 132-1.4A(b)', 'N.C. Gen. Stat. § 160A-168', 'N.C. Gen. Stat. § 132-1.4(a)'], from "Recordings
  made by a law enforcement agency's body-worn cameras, dashboard cameras or other video or audio recording devices are
  not public records as defined by N.C. Gen. Stat. § 132-1. N.C. Gen. Stat. § 132-1.4A(b)." (the order of the other
  two also, letter's order).
With h02's expectation set right, 11 of 14.
After a general fix (a state's rule of criminal procedure cited as the ground of a refusal is that state's exemption,
in one form, "Tenn. R. Crim. P. 16(a)(2)", however the letter names it: "Rule 16(a)(2) of the Tennessee Rules of
Criminal Procedure", "Colorado Rule of Criminal Procedure 16"; never the federal rules, which Exemption 3 carries), 12
of 14: h07 right.
After a general fix (pages sent with the letter of records named by their kind, then "responsive", are the pages
released: "Enclosed please find thirty-eight (38) pages of Tactical Response Reports and Officer Battery Reports
responsive to your request", "Attached are 52 pages of dispatch logs and radio runs responsive to your request"; pages
located so are still a total), 13 of 14: h01 right.
h13 stays: the earlier sets never log N.C. Gen. Stat. § 132-1.4A as an exemption (set 149's Durham letter, "may be
released only by order of the Superior Court (G.S. 132-1.4A)", and set 306's, "Please note that recordings from
body-worn and dashboard cameras are not public records ... N.C. Gen. Stat. § 132-1.4A(b)", both with the recordings
kept back), and reading it here would read it there: telling a refusal of the recordings asked for from a note about
them takes more than the sentence that cites the section.
After general fixes made for another set (North Carolina's "§ 132-1.4A(b)" read as itself, not § 132-1.4; and a note
of the law in general, a kind of record named without article, no withholding: set 306's "Please note that recordings
from body-worn and dashboard cameras are not public records ... N.C. Gen. Stat. § 132-1.4A(b)."), 14 of 14: h13 right.
"""

from __future__ import annotations

from intake_scoring import set_tests

SET = "heldout363"
# What the rules reached on this set when scored once, blind (h02's expectation set right); it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))
