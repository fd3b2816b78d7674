"""The two-hundred-and-ninety-eighth held-out set: 14 everyday letters (letters/heldout298) from state and local
offices of fourteen states, police and sheriff's offices, county jails, state corrections, a governor's office, an
attorney general, a health department and a school district, some through records portals, in their real structure,
formulas and vocabulary: an Arizona Department of Corrections, Rehabilitation and Reentry GovQA e-mail releasing
incident reports redacted under A.R.S. § 13-4434 and § 41-1750 and the best interests of the state; a Denver Sheriff
Department letter stating the day a Colorado Open Records Act request was received and extending the three working
days by seven for extenuating circumstances under C.R.S. § 24-72-203(3)(b); a Lee County (Florida) Sheriff's Office
JustFOIA completion e-mail carrying a no-records letter (PDF) on an immigration detainer request; a Georgia Office of
the Governor three-business-day letter under O.C.G.A. § 50-18-71(b)(1)(A) with the day the records will be produced
and a cost estimate under § 50-18-71(d); an Illinois Department of Corrections FOIA denial (PDF) withholding 14 pages
under 5 ILCS 140/7(1)(e) and 7(1)(v) with the Public Access Counselor notice; a Montgomery County Public Schools
(Maryland) Public Information Act response in Word with a page table, produced in part under GP §§ 4-313, 4-311 and
4-344 and FERPA; a Minnesota Department of Health letter closing a data request for no reply to its request for
clarification; a Bernalillo County Metropolitan Detention Center (New Mexico) IPRA response (PDF) releasing pages and
withholding medical records under NMSA 1978, § 14-2-1(A), (D) and § 14-2-1.1; a New York City Police Department
Records Access Appeals Officer's FOIL appeal decision (PDF) denying the appeal under Public Officers Law § 87(2)(e)(i),
(b) and (f); a Multnomah County Sheriff's Office (Oregon) response disclosing records in part under ORS 192.345(3),
192.355(2)(a) and 192.345(12); a Shelby County Sheriff's Office (Tennessee) public records request response form in
Word with a redaction table; a Travis County Sheriff's Office (Texas) itemized statement of estimated charges under
Gov't Code § 552.2615 with a deposit; a Virginia Department of Corrections e-mail taking the seven additional working
days of Va. Code § 2.2-3704(B)(4); and a Washington Attorney General's Office five-day letter (Word, attached to an
e-mail) under RCW 42.56.520 with the day of the first installment. Committed before the rules were run on them.

Real sources each letter is modelled on (structure, stock sentences and vocabulary; names and numbers invented):
- v01 Arizona ADCRR GovQA release: the Department's public records page,
  http://www.azcorrections.gov/divisions_public_info_questions.aspx , the Arizona Agency Handbook, chapter 6 (records
  confidential by statute, the best interests of the state, the duty to redact),
  https://pdfslide.us/documents/chapter-6-public-records-azag-the-arizona-public-records-law-see-salt-river-pimamaricopa.html
  , and the GovQA layout of earlier sets ("--- Please respond above this line ---").
- v02 Denver Sheriff Department CORA extension: C.R.S. § 24-72-203(3)(b) (three working days, seven more for
  extenuating circumstances), https://coag.gov/resources/colorado-open-records-act-cora ,
  https://pbmprd.org/board-of-directors/colorado-open-records-act-request/ and
  https://ccmd.specialdistrict.org/c-r-s-24-72-203 ; the research and retrieval fee of C.R.S. § 24-72-205(6).
- v03 Lee County Sheriff's Office no records: Chapter 119, F.S. (no duty to create records),
  https://www.muckrock.com/place/united-states-of-america/florida/ and
  https://manateetest.hosted.civiclive.com/cms/One.aspx?pageId=20441259&portalId=7588390 ; the JustFOIA completion
  e-mail as in earlier sets.
- v04 Georgia Office of the Governor three-day letter: O.C.G.A. § 50-18-71(b)(1)(A) and (d) (the time the records
  will be produced, the estimated cost at the hourly rate of the lowest paid full-time employee, the first quarter hour
  free, prepayment over $500) and the earlier sets' Georgia three-day letters; no agency page found in the time
  available.
- v05 Illinois Department of Corrections denial: 5 ILCS 140/7(1)(e), 9.5(a) and 11,
  https://www.studicata.com/summaries/appellate-court-of-illinois/saterfield-v-illinois-department-of-corr-2016-kzfq9d ,
  https://municipalminute.ancelglink.com/2022/11/court-finds-in-favor-of-department-of.html and
  https://betweenthebars.org/posts/13676/using-illinois-freedom-of-information-act-a-brief-overview
- v06 Montgomery County Public Schools PIA response: the Attorney General's Public Information Act Manual,
  https://docslib.org/doc/10462037/maryland-public-information-act-manual and its chapter on exceptions,
  https://docslib.org/doc/12392291/chapter-3-exceptions-to-disclosure (GP §§ 4-311, 4-313, 4-344).
- v07 Minnesota Department of Health closure: the data practices procedures of Minnesota entities ("we may contact
  you if we need clarification"),
  https://www.richfieldschools.org/depts-progs/news/~board/facilities-updates/post/ics-weekly-report-jan-1-21 ,
  https://www.mda.state.mn.us/home/requests-data-mda and
  http://www.positivelyminnesota.com/About_Us/Notices_Announcements/Data_Practices_Your_Right_to_Information/Guide_for_the_General_Public_Requesting_Data.aspx
- v08 Bernalillo County MDC IPRA response: NMSA 1978, § 14-2-1 as amended, https://wethefourth.org/ipra , the
  Corrections Department's IPRA notice,
  https://www.cd.nm.gov/divisions/administrative-support/office-of-general-counsel/ipra-notice/ , and
  http://corrales-nm.org/inspection-of-public-records/ (three business days, fifteen days).
- v09 NYPD FOIL appeal decision: the Records Access Appeals Officer at One Police Plaza, Room 1406,
  https://github.com/Bellspringsteen/other.nyc (NYCGOV/NYPD/NypdOfficersHomeZip/NYPDOfficerHomeZip_RejectionAppeal.txt),
  the Committee on Open Government's opinions on NYPD appeal responses, http://docs.dos.ny.gov/coog/ftext/f19646.htm
  and https://docsopengovernment.dos.ny.gov/coog/ftext/f19721.htm , and
  https://publicpersonnellaw.blogspot.com/2020/07/seeking-public-documents-and-records_32.html?m=1
- v10 Multnomah County Sheriff's Office response: ORS 192.329 (a complete response asserts the exemptions and states
  how to seek review), https://oregon.public.law/statutes/ors_192.329 , and the statutes in the Attorney General's
  manual,
  https://doj.state.or.us/oregon-department-of-justice/public-records/attorney-generals-public-records-and-meetings-manual/appendix-h
- v11 Shelby County Sheriff's Office response form: the Office of Open Records Counsel's public records request
  response form as in the earlier sets' Tennessee letters, and Tenn. Code Ann. § 10-7-504; no agency page found in the
  time available.
- v12 Travis County Sheriff's Office itemized statement: Gov't Code § 552.2615 (the itemized statement, automatic
  withdrawal after 10 business days), https://lawserver.com/law/state/texas/tx-codes/texas_government_code_552-2615
  and https://www.ci.la-porte.tx.us/158/Cost-of-Records ; 1 T.A.C. chapter 70 (labor, overhead and copy charges).
- v13 Virginia Department of Corrections extension: Va. Code § 2.2-3704(B)(4) ("not practically possible", an
  additional seven work days), https://visitlouisa.com/FAQ.aspx?QID=190 ,
  http://www.christiansburg.org/index.aspx?NID=673 and
  https://roanokecountyva.gov/1964/Countys-Responsibility-Responding-to-You
- v14 Washington Attorney General's Office five-day letter: RCW 42.56.520(1)(c),
  https://legalfix.com/statutes/state-codes/washington/title-42/chapter-42-56/section-42-56-520 ,
  https://lawfilesext.leg.wa.gov/Law/WAC/WAC%20110%20%20TITLE/WAC%20110%20-%2001%20%20CHAPTER/WAC%20110%20-%2001%20-0200.htm
  and the Office's installments closed when unclaimed after thirty days,
  https://washcog.org/perspectives-11-when-it-comes-to-transparency-the-state-ag-lags

Sealed measurement: written blind on a branch of its own and kept out of the rules' reach while the round's fixes were
made, then scored once after them, at c8e5389e: 9 of 14 fully right. Wrong were:
- v05 (v05-il-idoc-foia-denial.pdf): outcome 'partial_grant' != 'denied'; pages_withheld None != 14
- v07 (v07-mn-mdh-closed-no-reply.txt): exemptions ['Minn. Stat. § 626.557, subd. 12b'] != None
- v08 (v08-nm-bernalillo-mdc-ipra-partial.pdf): exemptions ['NMSA 1978, § 14-2-1(D)', 'NMSA 1978, § 14-2-1.1'] != ['NMSA
  1978, § 14-2-1(A)', 'NMSA 1978, § 14-2-1(D)', 'NMSA 1978, § 14-2-1.1']; pages_released 11 != 96; pages_withheld None
  != 11
- v10 (v10-or-mcso-public-records-partial.txt): exemptions ['ORS 192.345(3)', 'ORS 192.355(2)(a)', 'ORS 192.345(12)',
  'ORS 181A.830', 'ORS 192.338'] != ['ORS 192.345(3)', 'ORS 192.355(2)(a)', 'ORS 192.345(12)']
- v11 (v11-tn-shelby-so-response-form.docx): pages_released None != 37

After general fixes (a request closed unanswered or withdrawn applies no exemption, whatever law the letter recalls
from an earlier one: "We also explained that much of the complaint data is classified as private or confidential
under Minnesota Statutes, section 626.557, subdivision 12b"; a law under which records are "subject to disclosure" opens
them, "whose discipline is subject to disclosure under ORS 181A.830", and Oregon's duty to separate the exempt material,
"as required by ORS 192.338", is procedure), 11 of 14.
After general fixes (a redaction only weighed is none made: "The Department has considered whether the exempt material
could be redacted and the remainder released"; the records sent named again with their size: "The records consist of
37 pages." after "Copies of the public record(s) responsive to your request are attached."; care given to the person
the records are about is no release: "records of the medical treatment provided to the inmate have been withheld in
their entirety", which now gives v08 its 96 pages released and 11 withheld, its exemptions still wrong), 11 of 14.
The two sets of general fixes above, made apart and both applied: 13 of 14.
After a further general fix (a law's own verb "excepts" withholds, so the section standing alone after it is read
with it: 'IPRA excepts from inspection "records pertaining to ... medical treatment of persons confined to an
institution." NMSA 1978, § 14-2-1(A).'), 14 of 14.
"""

from __future__ import annotations

from intake_scoring import set_tests

SET = "heldout298"
# What the rules reached on this set when it was scored once, sealed (9); it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))
