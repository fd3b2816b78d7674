"""The four-hundred-and-eighty-fourth held-out set: 14 letters (letters/heldout484) from federal departments and
independent agencies other than DHS and DOJ, across a request's whole life, from fourteen less common offices in the
formats they really send: a U.S. Southern Command Staff Judge Advocate letter acknowledging a request with its day of
receipt and taking ten more working days for records held at Soto Cano and a State Department consultation; a U.S.
Strategic Command final response (PDF) in part under Exemptions 1, 3 (10 U.S.C. § 130e) and 6, 108 pages released and
35 withheld; an EPA Region 1 e-mail estimating $571.00 for an "all other" requester and asking for an assurance of
payment; a National Technical Information Service letter finding no records because no per-record access log exists;
a Job Corps second interim release in Word with a table of pages under Exemptions 4, 6 and 7(C); an Interior Business
Center e-mail asking a requester to clarify an overbroad request, with the 20-workday close; a NASA Stennis Space
Center letter releasing 64 pages in full; a Bureau of Transportation Statistics denial (PDF) of survey microdata under
Exemption 3 and the statistical confidentiality statutes; a VA Financial Services Center letter acknowledging a request
and granting its fee waiver, with the day it expects to finish; a DOE Environmental Management Consolidated Business
Center e-mail acknowledging a request and denying expedited processing; a Treasury Departmental Offices letter
confirming a withdrawal made by telephone and e-mail; an OSD/JS appeal decision in Word on a U.S. Cyber Command request,
granted in part with a table; a Rural Development final response in part (scanned PDF) under Exemptions 4 and 6; and an
IRS Independent Office of Appeals letter sustaining a no-records response as an adequate search. Written blind and
committed before the rules were run on them.

- q01-southcom-ack-extension.txt: USSOUTHCOM SCSJA-FOIA, case SC-27-0043, received November 30, 2026, extended 10
  working days under 32 C.F.R. § 286.15, reply expected no later than January 14, 2027.
- q02-stratcom-final-partial.pdf: USSTRATCOM J006, STRAT-26-0317, 143 pages: 61 in full, 47 in part, 35 withheld under
  (b)(1), (b)(3) 10 U.S.C. § 130e and (b)(6); appeal to the OSD/JS appeals office.
- q03-epa-r1-fee-estimate.eml: EPA Region 1, EPA-R1-2027-001284, received December 2, 2026, estimate $571.00 (search
  $196.00 and duplication $375.00), assurance of payment within 20 working days.
- q04-ntis-no-records.txt: Commerce NTIS, DOC-NTIS-2027-000214, no records (Limited Access Death Master File keeps no
  per-record access history); appeal to the Commerce Office of the General Counsel.
- q05-dol-jobcorps-interim.docx: DOL ETA Office of Job Corps, 2026-F-08471, second interim: 412 pages reviewed, 96 in
  full, 271 in part, 45 withheld (a table), Exemptions 4, 6 and 7(C), next release on or about February 5, 2027.
- q06-doi-ibc-clarification.eml: Interior Business Center, DOI-IBC-2027-000093, received December 8, 2026, asks which
  client agencies, records and dates; closed if no reply in 20 workdays under 43 C.F.R. § 2.51.
- q07-nasa-stennis-final-full.txt: NASA Stennis Space Center, 27-SSC-F-00012, 64 pages released in their entirety, no
  fee.
- q08-bts-denied-6307.pdf: DOT Bureau of Transportation Statistics, OST-2027-0071, Commodity Flow Survey microdata
  withheld in full under (b)(3), 49 U.S.C. § 6307(b) and 44 U.S.C. § 3572.
- q09-va-fsc-ack-fee-waiver-granted.txt: VA Financial Services Center, 27-01384-F, received December 9, 2026, fee
  waiver granted under 38 C.F.R. § 1.561(n), completion expected by February 1, 2027.
- q10-doe-emcbc-expedite-denied.eml: DOE EMCBC, EMCBC-2027-00031, received December 11, 2026, expedited processing
  denied under 10 C.F.R. § 1004.5(d)(6); appeal to the Office of Hearings and Appeals.
- q11-treasury-do-withdrawn.txt: Treasury Departmental Offices Disclosure Services, 2026-11-142, withdrawal confirmed.
- q12-cybercom-appeal-partly.docx: OSD/JS Directorate for Oversight and Compliance, appeal 27-A-0058-A1 of USCYBERCOM
  request 26-CY-0412, granted in part: 15 pages released, 11 withheld under (b)(5); (b)(1) and (b)(6) upheld.
- q13-usda-rd-final-partial-scanned.pdf: USDA Rural Development (Rural Utilities Service), 2026-RD-04817-F, scanned:
  318 pages, 174 in full, 98 in part, 46 withheld, Exemptions 4 and 6.
- q14-irs-appeals-search-upheld.txt: IRS Independent Office of Appeals, appeal AU-27-0142 of request F26287-0118, the
  Disclosure Office's no-records response sustained, appeal denied.

Real sources each letter is modelled on (structure, stock sentences and vocabulary; names and numbers invented):
- q01 SOUTHCOM acknowledgement and extension: SOUTHCOM's FOIA page (Attn: SCSJA-FOIA, 9301 NW 33rd St, Doral),
  http://www.southcom.mil/FOIA/How-to-file-A-FOIA-Request/ and https://www.jiatfs.southcom.mil/FOIA/File-a-FOIA-Request/,
  and the Air Force's model receipt and delay paragraphs ("We received your Freedom of Information Act (FOIA) request
  dated ... on ...", "Based on our initial review, we believe we cannot process your request within 20 workdays"),
  https://anthonygarvan.github.io/allregs/html/sections/32CFR806.27.html
- q02 STRATCOM final response in part: DoD appeals of combatant commands to the OSD/JS appeals office, 32 C.F.R. 286.11,
  https://law.lawstack.com/laws/32-cfr_s_286-11_processing-of-appeals and
  https://cybercemetery.unt.edu/archive/oilspill/20130213222719/http://www.dod.gov/pubs/foi/submit_appeal.html
- q03 EPA Region 1 fee estimate: EPA's fee pages (assurance of payment over $25.00, advance payment over $250.00, the
  first 100 pages and two hours free for "all other"), http://www.epa.gov/pesticides/foia/fees.htm,
  https://webarchive.library.unt.edu/eot2008/20081106224759/http:/epa.gov/ne/foia/fee.html and
  http://yosemite.epa.gov/r10/extaff.nsf/foia+pages/costs
- q04 NTIS no records: Commerce appeals to the Assistant General Counsel within 90 calendar days, 15 C.F.R. 4.10,
  https://lawserver.com/law/country/us/cfr/15_cfr_4-10 and the appeal paragraph of NOAA's responses,
  https://www.noaa.gov/information-technology/foia-home
- q05 Job Corps interim release: 29 C.F.R. 70.22 and 70.24 (appeals to the Solicitor of Labor, Room N-2420, within 90
  days), https://stepo.ai/osha/70/70.22 and https://www.osha.gov/laws-regs/regulations/standardnumber/70/70.24, and
  DOL's reference guide, https://efoia.dol.gov/app/ReferenceGuide.aspx
- q06 Interior Business Center clarification: 43 C.F.R. part 2 (a request must reasonably describe the records; the
  bureau contacts the requester to clarify; the time limit waits for the clarification),
  http://edocket.access.gpo.gov/cfr_2003/octqtr/43cfr2.8.htm and http://thefederalregister.com/2012/09/13/2012-22391.html
- q07 NASA Stennis full grant: 14 C.F.R. part 1206 (procedures, fees), http://www.gpo.gov/fdsys/pkg/FR-2014-08-11/html/2014-18770.htm
  and http://www.ecfr.gov/cgi-bin/text-idx?c=ecfr&rgn=div6&view=text&node=14:5.0.1.1.8.3&idno=14
- q08 BTS denial: BTS's confidentiality practice and the DOT Exemption 3 statutes,
  https://thefederalregister.org/80-FR/33015, http://projects.propublica.org/foia-exemptions/agencies/26.html and
  https://webarchive.library.unt.edu/eot2008/20080916004434/http:/www.rita.dot.gov/freedom_of_information_act/exemptions.html
- q09 VA Financial Services Center fee waiver: VA's FOIA regulations, 38 C.F.R. 1.550 to 1.562 (decentralized FOIA
  offices, fee waivers), https://www.law.cornell.edu/cfr/text/38/1.554 and
  https://regulations.justia.com/regulations/fedreg/2019/04/01/2019-06101.html
- q10 DOE EMCBC expedite denial: 10 C.F.R. part 1004 and the Office of Hearings and Appeals' expedite decisions
  ("compelling need", "urgency to inform"), https://regulations.justia.com/regulations/fedreg/2016/12/27/2016-31337.html,
  http://laws9.com/cfr/text/10/1004/5 and https://bbmglobalsynergy.com/node/1742326
- q11 Treasury withdrawal: Treasury's Departmental Offices FOIA guide and regulations (Disclosure Services, (202)
  622-0930), https://www.scribd.com/document/1310692/US-Treasury-guide and http://federal.elaws.us/fr/6/30/2000/00-16446
- q12 OSD/JS appeal decision on a Cyber Command request: 32 C.F.R. 286.11 (the appellate authority for the OSD, the
  Joint Staff and the combatant commands), https://law.lawstack.com/laws/32-cfr_s_286-11_processing-of-appeals and
  https://chanrobles.com/usa/uslaws/cfr/title32/32-2.1.1.2.56.5.1.3.php
- q13 Rural Development final response in part: Rural Development's FOIA page and 7 C.F.R. 2018.254,
  https://www.rd.usda.gov/contact-us/freedom-information-act-foia and
  https://checkoutapi.com/regulations/title7_chapterXVIII-i3_part2018_subpartF_section2018.254, and USDA agency appeals
  to the Administrator within 90 days, https://legacy.rma.usda.gov/aboutrma/foia/appeals.html
- q14 IRS Appeals decision on the search: IRM 8.7.14, FOIA Administrative Appeal Cases (appeals of an inadequate
  search), https://www.irs.gov/irm/part8/irm_08-007-014, and https://wagnertaxlaw.com/?p=2983

Sealed measurement: written blind on a branch of its own and kept out of the rules' reach while the round's fixes were
made, then scored once after them, at ff6c1a62: 14 of 14 fully right.
"""

from __future__ import annotations

from intake_scoring import set_tests

SET = "heldout484"
# What the rules reached on this set when it was scored once, sealed (14); it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))
