"""The two-hundred-and-eighty-third held-out set: 14 everyday letters (letters/heldout283) from the components of
the Department of Homeland Security and of the Department of Justice that the app's users write to most, in the
formats they really send: an ICE acknowledgement (the old DHS form) invoking the 10-day extension, with the backlog
of open requests ahead and the $25.00 fee commitment; a CBP SecureRelease closing e-mail carrying a no-records final
letter; a USCIS National Records Center final response (PDF) on an A-file, with pages released in their entirety,
in part and withheld, and 6 pages sent to ICE for direct response; a TSA fee estimate in Word with a fee table and
an advance payment; a FEMA Disclosure Branch final response e-mail releasing every page in its entirety; a Coast
Guard acknowledgement (PDF) denying a fee waiver on the six factors of 6 C.F.R. 5.11(k); a DHS appeal decision by
the Coast Guard's Office of the Chief Administrative Law Judge affirming the Privacy Office (search and Exemptions 5
and 6); a CISA first interim response e-mail with Exemption 3 under the Cybersecurity Information Sharing Act; an FBI
eFOIPA final release e-mail with the check-box grid, "N pages were reviewed and N pages are being released", the OGA
referral and the watch-list paragraph; an EOUSA acknowledgement in Word placing the request in the complex track and
extending the time by ten working days; a USMS final response (PDF) with pages in full, in part and withheld and the
552(c) notice; an ATF fee estimate ("REFER TO:") with search and duplication lines and advance payment; an EOIR final
response e-mail on a record of proceedings; and an OIP appeal decision (PDF) remanding an FBI request for a further
search. Written blind and committed before the rules were run on them.

Real sources each letter is modelled on (structure, stock sentences and vocabulary; names and numbers invented):
- k01 ICE acknowledgement with extension: an ICE acknowledgement of 2010 ("This acknowledges receipt of your ...
  Freedom of Information Act (FOIA) request to the Immigration and Customs Enforcement ...", "Your request was received
  in this office on ...", "DHS will invoke a 10-day extension for your request, as allowed by Title 5 U.S.C.
  552(a)(6)(B)", "there are currently 504 open requests ahead of yours", "We will construe the submission of your
  request as an agreement to pay up to $25.00"),
  http://noneinc.com/tBSWM/tBSWM_FOIA/tBSWM-FOIA_ICE-20101021_1of2.txt; ICE case numbers (2020-ICFO-21220) on
  https://www.muckrock.com/foi/united-states-of-america-10/ice-foia-too-broad-records-85180/ and the ICE FOIA office
  address on https://foia.wiki/wiki/U.S._Immigration_%26_Customs_Enforcement
- k02 CBP no records: the DHS no-records formula ("we were unable to locate or identify any responsive records",
  "While an adequate search was conducted, you have the right to appeal this determination that no records exist"),
  https://docslib.org/doc/3095698/homeland-security-washington-dc-20528, and OGIS's note on CBP's letters,
  http://foia.blogs.archives.gov/2015/12/18/the-appeal-of-the-appeal-letter; the SecureRelease wrapper as in earlier
  sets' CBP e-mails.
- k03 USCIS final response: the USCIS FOIA Request Guide (National Records Center, exemptions USCIS uses most,
  appeals), https://slidelegend.com/uscis-foia-request-guide_59bb53681723dd2da9b61944.html, the NRC's FOIA Operations
  as described in https://www.uscis.gov/archive/cis-ombudsman-teleconference-foia-how-is-it-working-for-you-december-6-2010,
  and the NRC control numbers on
  https://www.uscis.gov/about-us/freedom-information-and-privacy-act-foia/foia-request-status-check-average-processing-times/check-status-foia-request
- k04 TSA fee estimate: an ICE fee-estimate letter of 2010 ("This letter provides a fee estimate applicable to
  processing records responsive to your ... request", the "all other" category under 6 C.F.R. 5.11, "the first 100
  pages are free, as are the first two hours of search time"),
  http://www.docstoc.com/docs/109648330/US-Immigration-and-Customs-Enforcement, and TSA's letter layout (file code
  3600.1, "FOIA Case Number:"),
  https://docs.justia.com/cases/federal/district-courts/california/candce/3:2018cv01539/323750/1/3.html
- k05 FEMA final response: the DHS final-response formula ("A search of ... produced a total of N pages ... releasable
  in their entirety", "because the cost is below the $25 minimum, there is no charge"),
  https://docslib.org/doc/3095698/homeland-security-washington-dc-20528, and FEMA's tracking numbers (2014-FEFO-00559)
  on https://www.muckrock.com/foi/united-states-of-america-10/foia-processing-notes-dhs-occupy-sandy-10847/
- k06 Coast Guard acknowledgement with fee-waiver denial: the DHS acknowledgement template (fee-waiver factors of
  6 C.F.R. 5.11(k), the $25.00 agreement), https://vdocument.in/responsive-documents-crcl-12-002.html; the Coast Guard's
  letterhead (Commandant, 2703 Martin Luther King Jr Ave SE, Stop 7710, "Staff Symbol:", SSIC 5720) as in
  http://uscgcstoris.blogspot.com/2017/01/foia-appeal-sent-to-cg-effort-now-over.html and
  https://vi.scribd.com/document/331866143/Greenbrier-Bunker-FOIA-Appeal-Response
- k07 DHS appeal decision by the Coast Guard ALJ: the Greenbrier appeal response ("This letter concerns your ...
  appeal of the Department of Homeland Security's (DHS) Final Response to your Freedom of Information Act (FOIA)
  request ... (designated as ... on appeal)", "After review of the entire record, this appeal is being ...",
  "Pursuant to a memorandum of agreement, the United States Coast Guard Office of the Chief Administrative Law Judge
  is reviewing FOIA appeals for the Department of Homeland Security General Counsel"),
  https://vi.scribd.com/document/331866143/Greenbrier-Bunker-FOIA-Appeal-Response, and the HQAP appeal numbers
  (2015-HQAP-00091, affirmed) on http://church-publishing.com/tag/department-of-homeland-security/
- k08 CISA interim response: the DHS page-count formula ("N pages are releasable in their entirety, N pages are
  partially releasable, and N pages are withheld in their entirety pursuant to Title 5 U.S.C. 552 ..."),
  https://docslib.org/doc/3095698/homeland-security-washington-dc-20528; CISA's NPFO numbering as in set 267; the
  interim-response rule that appeal rights come with the final response (Commerce's 15 C.F.R. 4.7(b)),
  https://www.govregs.com/regulations/15/4.7.
- k09 FBI eFOIPA final release: the FBI FOIPA release letter (check-box grid of Section 552 and 552a, "N pages were
  reviewed and N pages are being released", OGA referral and consultation, the watch-list paragraph, appeal to OIP
  within ninety days) as quoted on
  https://muckrock.com/foi/united-states-of-america-10/narafbi-fpotus-records-referenced-in-sd-florida-case-no-922-mj-08332-expedited-federal-bureau-of-investigation-133095
  and the FBI's processing tracks, https://www.fbi.gov/foia/foia-pa-terms
- k10 EOUSA acknowledgement: EOUSA's FOIA/Privacy Staff (175 N Street NE, Suite 5.400; records held in the USAOs),
  http://WWW.JUSTICE.GOV/usao/resources/making-foia-request/foia-frequently-asked-questions, the DOJ rules on unusual
  circumstances, multi-track processing and the $25 fee agreement (28 C.F.R. 16.3(c), 16.5, 16.10(d)), and the
  FOIAXpress "Formal Acknowledgement of Receipt of Request" (received date, target date, reasons for delay),
  https://docs.opexustech.com/docs/foiaxpress/11.9.X/usermanual/FOIAXpress_User/Using_FOIAXpress/Requests/Create-View_Requests/Correspondence/correspondence.htm
- k11 USMS final response: the USMS FOIA pages (Office of General Counsel, CG-3, 15th Floor, Washington, DC
  20530-0001), https://www.usmarshals.gov/foia/index.html, and the DOJ standard 552(c) notice, Public Liaison/OGIS and
  OIP appeal paragraphs as in DOJ components' letters (set 267 a11).
- k12 ATF fee estimate: ATF's letters ("REFER TO: 2024-01820" beside the date) on
  https://muckrock.com/foi/united-states-of-america-10/atf-support-for-2024-netflix-documentary-waco-american-apocalypse-171143,
  the Disclosure Division as described in
  https://www.judicialwatch.org/document-archive/jw-v-doj-chisolm-declaration-atf-ammo-02218/, and the DOJ fee rules
  (28 C.F.R. 16.10, advance payment above $250).
- k13 EOIR final response: EOIR's FOIA Service Center (Office of the General Counsel, 5107 Leesburg Pike, Suite 1903,
  records of proceeding), https://www.justice.gov/eoir/eoir-policy-manual/introduction/chapter2-2, and EOIR's releases
  in full and in part with deliberative and privacy withholdings as described in
  https://law.justia.com/cases/federal/appellate-courts/cadc/15-5201/15-5201-2016-07-29.html and
  https://cetient.com/case/2810937/american-immigration-lawyers-association-v-executive-office-for-immigration-review
- k14 OIP appeal decision remanding: OIP's decision formula ("After carefully considering your appeal, I am remanding
  your request to the FBI for a further search for responsive records", "Please be advised that this Office's decision
  was made only after a full review of this matter", the OGIS paragraph) and OIP's guidance on appeals,
  https://brucedocumentblog.blogspot.com/2022/12/doj-office-of-information-policy-foia.html

Sealed measurement: the set was written blind at the start of its round and kept apart from the rules while the
round's fixes were made; it was scored once, after they had landed (main at 2f38c300). Blind score: 14 of 14 fully
right, and 14 of 14 matched to its request by its number.
"""

from __future__ import annotations

from intake_scoring import set_tests

SET = "heldout283"
# What the rules reach on this set now (not yet scored); it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))
