"""The three-hundred-and-twenty-seventh held-out set: 14 everyday letters (letters/heldout327) from state agencies and
city offices of the fourteen most populous states, one office each, in their real structure, formulas and
vocabulary: acknowledgements with each state's own deadlines, extensions, cost estimates, partial releases citing the
state's exemptions, denials, a no-records letter and a closure. Committed before the rules were run on them.

- e01 Los Angeles Police Department (California): the CPRA unit's notice of the 14-day extension for unusual
  circumstances under Government Code § 7922.535(b), with the day received and the day a determination will go out.
- e02 City of Houston Legal Department for the Houston Police Department (Texas): a GovQA e-mail with the letter (PDF)
  releasing 42 pages after an Attorney General's letter ruling, redacting under § 552.130 and withholding 18 pages
  under § 552.108(a)(2).
- e03 New York City Department of Correction: an NYC OpenRecords e-mail closing a FOIL request "Disclosed in Part",
  63 pages with redactions under Public Officers Law § 87(2)(b), (f) and (g).
- e04 Florida Department of Law Enforcement: a letter (PDF) acknowledging a Chapter 119 request and estimating the
  special service charge of s. 119.07(4)(d), F.S., with an itemized total.
- e05 Chicago Police Department (Illinois): a notice of extension by five business days under 5 ILCS 140/3(e), with
  the reasons checked and the day of the response.
- e06 Pennsylvania State Police: an RTKL final response (PDF) denying an investigative file under 65 P.S. §
  67.708(b)(16) and CHRIA, 18 Pa.C.S. § 9106(c)(4), after the 30-day extension.
- e07 Columbus Division of Police (Ohio): an e-mail sending 28 pages redacted under R.C. 149.43(A)(1)(h), (A)(2)(a),
  (A)(2)(c), (A)(1)(p) and R.C. 149.45.
- e08 Michigan Department of State Police: a FOIA denial (Word, letterhead in the page header) certifying under MCL
  15.235(5)(b) that the records do not exist, with the appeal rights of MCL 15.240 in a table.
- e09 Atlanta Police Department (Georgia): an Open Records Act response releasing the initial incident report (4
  pages) redacted under O.C.G.A. § 50-18-72(a)(20)(A) and withholding the rest under § 50-18-72(a)(4).
- e10 North Carolina Department of Adult Correction: a letter closing a public records request for no answer to its
  request for clarification.
- e11 New Jersey State Police: an OPRA denial (Word, with an item table) under N.J.S.A. 47:1A-1.1, 47:1A-3(a) and
  47:1A-9(a), with the GRC notice.
- e12 Fairfax County Police Department (Virginia): an e-mail with the cost estimate (Word, table of charges) under Va.
  Code § 2.2-3704(F) and the deposit of § 2.2-3704(H), with the day received.
- e13 Seattle Police Department (Washington): the first installment of a Public Records Act request, 212 pages with an
  exemption log under RCW 42.56.240(1), (2) and RCW 10.97.050, 3 pages withheld in full.
- e14 Boston Police Department (Massachusetts): the ten-business-day response (PDF) under G.L. c. 66, § 10(b) taking
  fifteen more business days under § 10(b)(vi) and giving a good-faith fee estimate under § 10(d).

Real sources each letter is modelled on (structure, stock sentences and vocabulary; names and numbers invented):
- e01 Government Code § 7922.535,
  https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?lawCode=GOV&sectionNum=7922.535 , LAPD's
  14-day extensions as described in https://rulings.law/rulings/judge-james-c-chalfant/23stcp02244-2024-06-13.html ,
  and https://www.cdcr.ca.gov/operations-manual/dom/chapter-1-general-administration/article-16-public-records/13040-18-1-extension-of-time-limits/
- e02 the Attorney General's letter rulings to the City of Houston on HPD offense reports (§ 552.108(a)(2), (c), §
  552.130), https://www2.texasattorneygeneral.gov/opinions/openrecords/50abbott/orl/2007/htm/or200702474.htm and
  https://www2.texasattorneygeneral.gov/opinions/openrecords/50abbott/orl/2005/htm/or200502664.htm ; the GovQA e-mail
  layout of earlier sets.
- e03 the NYC OpenRecords closing notice of earlier sets and the DOC FOIL grounds in
  https://nycourts.gov/REPORTER/3dseries/2023/2023_00930.htm and
  https://www.newyorkappellatedigest.com/2021/02/03/nyc-fire-department-documents-could-have-been-redacted-to-protect-privacy-and-were-not-inter-agency-materials-therefore-the-foil-requests-for-these-documents-should-not-have-been-denied-second-dept
- e04 FDLE's published cost rules (labor charged only beyond two hours), quoted at
  http://hallandalebeachblog.blogspot.se/search/label/Florida%20Department%20of%20Law%20Enforcement , s. 119.07(4)(d),
  F.S., https://www.fkaa.com/282/Public-Records-Request , and https://justiceadmin.org/publicrecords/costrecoverypolicy.aspx
- e05 5 ILCS 140/3(e) and CPD's five-day extension letters,
  https://www.iasb.com/policy-services-and-school-law/court-decisions-listing/freedom-of-information-act-failure-to-respond-to-a/
  , https://zrfmlaw.com/illinois-public-access-counselor-releases-fourth-opinion-of-2016/ and
  https://codelibrary.amlegal.com/codes/woodriveril/latest/woodriver_il/0-0-0-612
- e06 PSP's denials under § 708(b)(16) and CHRIA § 9106(c)(4),
  https://law.justia.com/cases/pennsylvania/commonwealth-court/2010/104cd10-10-15-10.html ,
  https://d1tvxue8o4w0fl.cloudfront.net/case/duiker-v-pa-state-police-office-of-open-records and
  https://pt.scribd.com/doc/16049985/Pa-State-Police-RTKL-appeal (the 30-day extension, then the final response).
- e07 R.C. 149.43(A)(1)(h) and (A)(2), http://www.rcfp.org/ohio-open-government-guide/iv-record-categories-open-or-closed/n-police-records/4-investigatory-reco
  , and the redaction with legal authority of https://codelibrary.amlegal.com/codes/silverton/latest/silverton_oh/0-0-0-27622
- e08 MCL 15.235(2) and (5), https://www.michiganlegalcenter.com/mcl-%C2%A7-15-235-requests-to-inspect-or-receive-copies-response-requirements/
  , and MSP's written public summary,
  https://www.michigan.gov/msp/bottom-nav-links/foia/details/michigan-department-of-state-police-written-public-summary-of-the-departments-freedom-of-information
- e09 APD's Open Records Unit pages, https://www.atl311.com/en-US/knowledgearticle/?code=KB0012551 and
  http://atlantapd.org/openrecordsrequest.aspx (O.C.G.A. § 50-18-72(a)(4), the initial report, the first fifteen
  minutes free).
- e10 North Carolina's "as promptly as possible" and agency practice, https://ncsbe-nc.nextrequest.com/faqs and
  https://rebuild.nc.gov/public-records-requests ; the closures for no reply of earlier sets.
- e11 NJSP denials of criminal investigatory records before the GRC, https://www.nj.gov/grc/decisions/2004-46.html
  and https://www.nj.gov/grc/decisions/2003-81.html , with OPRA's standard notice of the GRC.
- e12 FCPD's VFOIA page, https://www.fairfaxcounty.gov/police/servicesiz/foia , and Va. Code § 2.2-3704(F) and (H),
  https://foiacouncil.dls.virginia.gov/ops/22/AO_01_22.htm and
  https://www.arlingtonva.us/Government/Departments/Sheriffs-Office/Administrative-Division/ACSO-FOIA?oc_lang=ko
- e13 SPD's disclosure policy, https://www.seattle.gov/police-manual/title-12---department-information-systems/12080---disclosure-of-department-records
  , https://www.seattle.gov/police/information-and-data/public-disclosure-requests/wa-state-records-law , and
  installments under RCW 42.56.120, https://www.sunnyside-wa.gov/292/Response-to-Records-Requests
- e14 G.L. c. 66, § 10 (ten business days, the municipal extension, the $25 hourly rate and two free hours),
  https://www.sec.state.ma.us/pre/prepetitions/petitionsidx.htm , https://www.cityofmelrose.org/home/webforms/form-request-public-records
  and https://www.abschools.org/district/district__school_information/public_records_request_guidelines

Blind score (written before the rules were run on it): 12 of 14 fully right, and all 14 matched to their request by
their number. Wrong were:
- e06 (e06-pa-psp-rtkl-denial.pdf): exemptions ['65 P.S. § 67.708(b)(16)', '65 P.S. § 67.306'] != ['65 P.S. §
  67.708(b)(16)', '18 Pa.C.S. § 9106(c)(4)']: the Criminal History Record Information Act was not read as a ground ("In
  addition, the Criminal History Record Information Act (CHRIA) prohibits PSP from disseminating investigative
  information to any person or agency other than a criminal justice agency that requests the information in connection
  with its duties. 18 Pa.C.S. § 9106(c)(4)."), and the RTKL's section on its relation to other laws was taken for one
  ("Pursuant to Section 306 of the RTKL, 65 P.S. § 67.306, nothing in the RTKL supersedes or modifies the
  confidentiality of records established by another state law.").
- e09 (e09-ga-atlanta-pd-open-records-partial.txt): exemptions ['O.C.G.A. § 50-18-72(a)(20)(A)'] != ['O.C.G.A. §
  50-18-72(a)(20)(A)', 'O.C.G.A. § 50-18-72(a)(4)']: the ground of the withholding was said as the statute's own words
  in the sentence after it ("Pursuant to O.C.G.A. § 50-18-72(a)(4), public disclosure shall not be required for records
  of law enforcement, prosecution, or regulatory agencies in any pending investigation or prosecution of criminal or
  unlawful activity, other than initial police arrest reports and initial incident reports.").

After general fixes (a law that bars the office from giving records out is a ground: "CHRIA prohibits PSP from
disseminating investigative information ...", "the Department is prohibited from disclosing ..."; and the RTKL's
sections on its relation to other law, 65 P.S. §§ 67.306 and 67.3101.1, are no ground of their own), 13 of 14.
After general fixes (the law's word that disclosure of records "shall not be required" or "is not required" under it
is a ground: "Pursuant to O.C.G.A. § 50-18-72(a)(4), public disclosure shall not be required for records of law
enforcement ... in any pending investigation", "their release is not required under Fla. Stat. § 406.135"), 14 of 14.
"""

from __future__ import annotations

from intake_scoring import set_tests

SET = "heldout327"
# What the rules reached on this set when it was scored once, blind (12); it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))
