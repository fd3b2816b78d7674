"""The three-hundred-and-thirteenth set: 14 letters (letters/heldout313) as e-mail really brings them: replies that
quote the requester's earlier messages and the office's own earlier letters, forwarded letters, HTML-only e-mails,
short cover notes with the letter attached, signatures with confidentiality footers, portal wrappers and printed
threads in which only the newest message is this letter. Written blind and committed before the rules were run on
them: an EPA Region 5 FOIA officer's reply confirming the day of receipt and extending the time by ten working days,
above the requester's quoted message that threatens an appeal and asks about a fee waiver and expedited processing; a
paralegal's forward of a USCIS National Records Center final response on an A-file, with pages released in their
entirety, in part and withheld, under a privileged-communication footer; a California Department of Corrections and
Rehabilitation HTML-only notice extending the CPRA time by 14 days, above the quoted request that cites Government
Code section 7923.600; an OSHA cover e-mail with a disclaimer and the fee estimate attached as a PDF; a Department of
Education cover e-mail with its first interim response attached in Word (page table, Exemptions 4, 5 and 6); an
Illinois State Police Outlook reply granting a crash-report request in part under 5 ILCS 140/7(1)(b) and (c), which
recalls its earlier extension and quotes the original request ("-----Original Message-----") citing section 7(1)(d);
a City of Tampa GovQA portal notice in HTML closing a request with no responsive records, under Florida's e-mail
notice; a Department of State acknowledgement pasted into an e-mail, with the unusual-circumstances paragraph and a
denial of expedited processing; a HUD FOIA Branch reply granting a fee waiver above the requester's question and the
office's own quoted acknowledgement with its extension; a New Jersey township clerk's reply denying an OPRA request
(N.J.S.A. 47:1A-1.1 and 47:1A-3(a)) above the quoted request ("On ... wrote:"); a Michigan State Police Gmail thread
printed to PDF, the extension notice first and the final response, granted in part, last; a Department of the
Interior FOIA Appeals Office acknowledgement printed from Outlook with the appeal quoted below it (PDF); a
Massachusetts Department of Correction response in Word releasing 43 pages with redactions, with a page table and a
confidentiality notice; and a Social Security Administration letter in Word closing a request after no answer to its
request for clarification.

Real sources each letter is modelled on (structure, stock sentences and vocabulary; names and numbers invented):
- w01 EPA Region 5 reply: 40 CFR 2.104 (acknowledgement with the day received, multitrack processing, unusual
  circumstances), https://www.law.cornell.edu/cfr/text/40/2.104, and EPA's e-mails on a MuckRock request,
  https://www.muckrock.com/foi/united-states-of-america-10/environmental-protection-agency-records-on-the-great-lakes-restoration-initiative-37917/
- w02 USCIS NRC final response forwarded: the USCIS FOIA Request Guide (exemptions as USCIS explains them, appeals),
  https://slidelegend.com/uscis-foia-request-guide_59bb53681723dd2da9b61944.html, and the NRC final letters of
  earlier sets.
- w03 CDCR extension: Government Code section 7922.535,
  https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?lawCode=GOV&sectionNum=7922.535, and CDCR's
  Department Operations Manual 13040.18.1, https://www.cdcr.ca.gov/operations-manual/dom/chapter-1-general-administration/article-16-public-records/13040-18-1-extension-of-time-limits/
- w04 OSHA fee estimate: 29 CFR 70.43(c) (advance payment over $250),
  https://www.govregs.com/regulations/title29_part70_subpartC_section70.43, and DOL's fee categories,
  https://efoia.dol.gov/app/RequestsandFees.aspx
- w05 Department of Education interim response: the interim letters of earlier sets and ED's FOIA appeal address.
- w06 Illinois State Police partial grant: 5 ILCS 140/7(1)(b), 7(1)(c), 9.5(a) and 11, the ISP FOIA FAQ,
  https://isp.illinois.gov/Foia/FAQ, and the Attorney General's FOIA Guide for Law Enforcement,
  https://dokumen.tips/documents/foia-guide-for-law-enforcement-2017-revised-6-17foia-information-detailing-any.html
- w07 City of Tampa portal notice: the City's replies on MuckRock, https://www.muckrock.com/foi/tampa-342/e-correspondence-regarding-homeless-laws-ordinances-and-policies-11739/,
  and Florida's e-mail notice ("Under Florida law, email addresses are public records"),
  https://www.sarasotacountyschools.net/Page/1359
- w08 State Department acknowledgement: a published acknowledgement (F-2025-10353) with the complex track, unusual
  circumstances and the 22 CFR 171.11(f) expedition paragraph, https://orlytaitzesq.com/626546-2, and a State
  expedition denial, https://de.scribd.com/document/325964564/Denial-of-Expedited-Processing-Of-Russ-Feingold-State-Department-Correspondence
- w09 HUD fee waiver granted: 5 U.S.C. 552(a)(4)(A)(iii) and the fee-waiver letters of earlier sets.
- w10 New Jersey township OPRA denial: the GRC's OPRA request form (denial reasons, GRC complaint, Superior Court),
  https://main.govpilot.com/web/public/6384fd83-022_Open-Records-Request-Borough-of-Leonia?id=1&pu=1&ust=NJ, and
  a custodian's e-mail on OPRAmachine, https://opramachine.com/request/opra_requests_382
- w11 Michigan State Police: MCL 15.235(2)(d) (one notice extending by not more than 10 business days) and
  MCL 15.240, https://print.casetext.com/statute/michigan-compiled-laws/chapter-15-public-officers-and-employees/freedom-of-information-act/section-15235-request-to-inspect-or-receive-copy-of-public-record-response-to-request-failure-to-respond-damages-contents-of-notice-denying-request-signing-notice-of-denial-notice-extending-period-of-response-action-by-requesting-person-law-enforcement-records-management-system-alternate-responses,
  and the MSP written public summary, https://www.michigan.gov/msp/bottom-nav-links/foia/details/michigan-department-of-state-police-written-public-summary-of-the-departments-freedom-of-information
- w12 Interior FOIA Appeals Office acknowledgement: 43 CFR 2.30, http://www.law.cornell.edu/cfr/text/43/2.30, and
  DOI's appeal page, https://webarchive.library.unt.edu/web/20120928003125/http://www.doi.gov/foia/appeals.cfm
- w13 Massachusetts DOC response: G. L. c. 4, § 7(26) and 950 CMR 32.08, and the Massachusetts responses of earlier
  sets (h09 of set 289).
- w14 SSA closure: the administrative closures of earlier sets (a09 of set 250, h04 of set 178) and SSA's FOIA
  Public Liaison.

Blind score (written before the rules were run on it): 8 of 14 fully right, and all 14 matched to their request by
the number they print. Wrong were:
- w04 (OSHA fee estimate attached to a cover e-mail): an acknowledgement with the day received logged beside the
  estimate, from "This letter is in regard to your Freedom of Information Act (FOIA) request dated November 10, 2026,
  and received by the Occupational Safety and Health Administration (OSHA) on November 12, 2026, ...". The earlier
  sets log such a fee letter as an acknowledgement too (j05 of set 206, i14 of set 219, r11 of set 84: a fee letter
  that says the day the request was received is acknowledged with it), so the rules read it as the conventions do
  and this set's expected value, written without the acknowledgement, departs from them.
- w06 (Illinois State Police Outlook reply saved as text): 5 ILCS 140/7(1)(d) added from the requester's own request
  quoted below "-----Original Message-----": "If any portion of this request is denied, please cite each specific
  exemption you rely on, for example section 7(1)(d) of FOIA, ...".
- w09 (HUD fee-waiver reply saved as text): an acknowledgement, a 10-day extension and a clarification read from the
  quoted messages below "-------- Original message --------": the office's own earlier "> > HUD received your Freedom
  of Information Act (FOIA) request on November 9, 2026, ..." and "HUD is extending the time limit by an additional
  10 working days", and the requester's "> Could you tell me whether a decision has been made on our request for a
  fee waiver?".
- w10 (New Jersey township clerk's OPRA reply saved as text): partial grant instead of denied, and N.J.S.A.
  47:1A-9(a) added, from the quoted request below "On Thu, Nov 19, 2026 at 8:15 AM ... wrote:": "> If you deny any
  part of this request, please cite the specific basis for the denial, for example N.J.S.A. 47:1A-9(a), and provide
  the redacted portions that are not exempt."
- w11 (Michigan State Police Gmail conversation printed to PDF): the earlier message's extension logged beside the
  final response, and no date: "Pursuant to Section 5(2)(d) of the Act, MCL 15.235(2)(d), the department is
  extending the period during which it shall respond to your request by not more than 10 business days, to December
  3, 2026."
- w12 (Interior FOIA Appeals Office acknowledgement printed from Outlook to PDF): an appeal decision, reversed, read
  from the requester's appeal quoted below "-----Original Message-----": "I ask that the Department reverse the
  withholdings and release all reasonably segregable material."
After general fixes (an e-mail saved as text or printed to PDF, which starts with its own "From:" / "Sent:" header
block, is read as an .eml reply is, without the messages it quotes below "-----Original Message-----", "--------
Original message --------", "On ... wrote:" and "> " lines, a saved forward ("FW:") kept whole; and a conversation
printed from web mail, "2 messages" under its subject and each message under a "Sender <address>   Thu, Dec 3, 2026
at 10:47 AM" line, oldest first, is read as its last message, dated and sent as that line says), 13 of 14. w04 stays
in NOT_YET: the rules log the acknowledgement the earlier sets' conventions ask for, and this set's expected value
departs from them (see above).
Its expected value was then corrected, in a commit of its own, to the earlier sets' convention (acknowledged with the
day received, 2026-11-12, beside the estimate): 14 of 14.
"""

from __future__ import annotations

from intake_scoring import set_tests

SET = "heldout313"
# What the rules reach on this set now (blind: 8); it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))
