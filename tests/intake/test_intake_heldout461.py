"""The four-hundred-and-sixty-first held-out set: 14 letters (letters/heldout461) from federal departments and
independent agencies other than DHS and DOJ, across a request's whole life, from fourteen offices seldom seen in the
earlier sets, in the formats they really send: a Uniformed Services University acknowledgement taking ten more working
days; a Labor Office of Inspector General fee estimate (PDF) to a news-media requester; an Interior Office of the
Secretary e-mail answering in part under Exemptions 5 and 6; a USDA Economic Research Service no-records answer; a DOE
Golden Field Office second partial response in Word with a table of the records; a Treasury Inspector General e-mail
denying expedited processing; a NASA Glenn Research Center e-mail asking the requester to narrow an "all records about"
request; a U.S. Africa Command denial in full (PDF) under Exemptions 1, 3 (10 U.S.C. 130b) and 6; an SBA Inspector
General letter confirming a withdrawal made by telephone; an Education FOIA Service Center fee-waiver grant in Word
with a table of the factors; a VA Office of General Counsel appeal decision remanding a no-records answer for a new
search; a Navy Judge Advocate General appeal decision granted in part; an Army Materiel Command release in full
(scanned PDF); and an OSD Directorate for Oversight and Compliance acknowledgement of an appeal of a DoDEA answer.
Written blind and committed before the rules were run on them.

- l01-usu-ack-extension.txt: USU, USU-FOIA-27-0036, received December 2, 2026, unusual circumstances, 10 working days
  more, response expected by January 15, 2027.
- l02-dol-oig-fee-estimate.pdf: DOL OIG, OIG-FOIA-2027-000183, received December 1, 2026, duplication estimate of
  $330.00 (news media; the $25.00 the requester agreed to is not the estimate).
- l03-doi-os-final-partial.eml: DOI Office of the Secretary, OS-2027-00219, 54 pages: 31 in full, 17 in part, 6
  withheld, Exemptions 5 and 6.
- l04-ers-no-records.txt: USDA ERS (REE FOIA Office), 2027-REE-00411-F, no records: the report was never peer
  reviewed.
- l05-doe-golden-interim.docx: DOE Golden Field Office, HQ-2027-00097-F, second partial response: 137 pages reviewed,
  96 in full, 37 in part, 4 withheld, Exemptions 4 and 6; next partial response by February 26, 2027 (not a completion
  date).
- l06-treasury-oig-expedite-denied.eml: Treasury OIG, 2027-OIG-0074, received December 9, 2026, expedited processing
  denied under 31 C.F.R. 1.5(e).
- l07-nasa-grc-clarification.eml: NASA GRC, 27-GRC-F-00052, received December 4, 2026, request does not reasonably
  describe the records; clarify within 20 working days or it is closed.
- l08-africom-final-denied.pdf: USAFRICOM, FOIA Case No. 26-0298, 23 pages withheld in full under Exemptions 1, 3 (10
  U.S.C. 130b) and 6.
- l09-sba-oig-withdrawn.txt: SBA OIG, OIG-2027-00061, withdrawal by telephone confirmed, file closed.
- l10-ed-fee-waiver-granted.docx: ED FOIA Service Center, 27-00612-F, received December 11, 2026, fee waiver granted
  (a table of the factors), request sent to Federal Student Aid for a search.
- l11-va-ogc-appeal-remanded.txt: VA OGC, appeal 27-00148-A of VA Boston Healthcare System request 26-09712-F, no
  records answer remanded for a new search.
- l12-navy-ojag-appeal-partly.txt: Navy OJAG Code 14, appeal DON-NAVY-2027-001892 of request DON-NAVY-2026-011406,
  granted in part: 7 pages of the 19 withheld to be released, 12 still withheld under Exemption 5, Exemption 6 upheld
  for the junior personnel.
- l13-amc-final-full-scanned.pdf: Army Materiel Command, FA-27-0219, 18 pages released in full (a scan).
- l14-osd-dodea-appeal-ack.txt: OSD/JS appeals office, appeal 27-A-0148-A1 of DoDEA request 26-DoDEA-F-0392, received
  December 14, 2026.

Real sources each letter is modelled on (structure, stock sentences and vocabulary; names and numbers invented):
- l01 USU acknowledgement: the DoD unusual circumstances and tracking-number practice,
  https://www.mvp.usace.army.mil/Contact/Freedom-of-Information-Act/ and
  http://www.usna.edu/AdminSupport/foia/processing-request.html, and 32 C.F.R. part 286,
  http://federal.elaws.us/fr/citation/2014-19747
- l02 DOL OIG fee estimate: the Department of Labor's letters of earlier sets and its FOIA regulation, 29 C.F.R. part
  70; the OIG letter form ("Re: 10-FOI-00055", "This is in response to ...") of an Inspector General's office,
  https://fdocuments.in/document/uie-saes-eame-o-e-20101006-uie-saes-eame-o-e-ieio-oice-o-iseco-geea-200-nr.html
- l03 DOI Office of the Secretary answer: the Departmental FOIA handbook (response letters, signature authority),
  https://cupdf.com/document/department-of-the-interior-316-preparing-the-response-letter-317-signature-authority.html
  and the appeal instructions ("FREEDOM OF INFORMATION APPEAL", 5 p.m. rule),
  https://webarchive.library.unt.edu/web/20120928003125/http://www.doi.gov/foia/appeals.cfm
- l04 ERS no-records answer: USDA's FOIA regulations, 7 C.F.R. part 1, subpart A,
  https://regulations.justia.com/regulations/fedreg/2019/10/21/2019-22896.html and
  https://checkoutapi.com/regulations/expand/title7_part1_subpartA_section1.3
- l05 DOE Golden partial response: DOE's FOIA regulations and submitter notice, 10 C.F.R. 1004.11,
  http://edocket.access.gpo.gov/cfr_2006/janqtr/10cfr1004.11.htm and
  https://regulations.justia.com/regulations/fedreg/2016/12/27/2016-31337.html
- l06 Treasury OIG expedite denial: Treasury's FOIA regulations, 31 C.F.R. part 1, and the expedite denials of earlier
  sets; the Inspector General letter form as for l02.
- l07 NASA GRC clarification: 14 C.F.R. 1206.301 (describing records sought),
  https://self-law.org/code/us/cfr/t14/s%C2%A7%201206.301 and
  http://www.ecfr.gov/cgi-bin/text-idx?c=ecfr&rgn=div6&view=text&node=14:5.0.1.1.8.3&idno=14
- l08 AFRICOM denial: 32 C.F.R. 286.11 (appeals to the DCMO for the Joint Staff and combatant commands, 90 calendar
  days), https://law.lawstack.com/laws/32-cfr_s_286-11_processing-of-appeals, and the DoD denial letters of earlier
  sets (Initial Denial Authority, 10 U.S.C. 130b).
- l09 SBA OIG withdrawal: the withdrawal confirmations of earlier sets and the Inspector General letter form as for
  l02.
- l10 ED fee-waiver grant: 34 C.F.R. part 5,
  https://ecfr.federalregister.gov/api/renderer/v1/content/enhanced/2021-07-27/title-34?part=5&subtitle=A and
  http://federal.elaws.us/fr/6/14/2010/2010-14127
- l11 VA OGC remand: 38 C.F.R. 1.559 (appeals to the Office of the General Counsel (024)),
  https://ecfr.io/Title-38/Section-1.559 and https://govinfo.gov/content/pkg/FR-2019-04-01/html/2019-06101.htm
- l12 Navy appeal decision: 32 C.F.R. 701.12 (appellate authority of the Judge Advocate General),
  http://laws9.com/cfr/text/32/701/12 and the OJAG's FOIA pages, https://www.jag.navy.mil/foia/
- l13 Army Materiel Command release: Army Regulation 25-55,
  http://careersdocbox.com/US_Military/76960207-The-department-of-the-army-freedom-of-information-act-program.html
  and the Army command FOIA pages, https://armyrotc.army.mil/foia/
- l14 OSD appeal acknowledgement: 32 C.F.R. 286.11,
  https://law.lawstack.com/laws/32-cfr_s_286-11_processing-of-appeals, and the OSD/JS appeal acknowledgements of
  earlier sets.

Sealed measurement: written blind on a branch of its own and kept out of the rules' reach while the round's fixes were
made, then scored once after them, at 1fe02651: 14 of 14 fully right.
"""

from __future__ import annotations

from intake_scoring import set_tests

SET = "heldout461"
# What the rules reached on this set when it was scored once, sealed (14); it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))
