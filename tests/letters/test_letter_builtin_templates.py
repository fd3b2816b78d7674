"""Every built-in template, rendered to DOCX and PDF and read back, carries the parts its letter needs.

The checks are on the text a recipient would read (python-docx for Word files, pypdf for PDFs), not on
the intermediate document, so a writer that dropped a paragraph would fail here.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from letter_fixtures import SENT, TRACKING, builtin_cases, normalised, render_both

from foiatrack.letters import TemplateLibrary

CASES = builtin_cases()
FEDERAL_APPEALS = [n for n in sorted(CASES) if n.startswith("appeal-") and CASES[n].jurisdiction.code == "US"]

COMMON = ["José Núñez", "Staff Attorney", "Immigrant Rights Example Project", "jnunez@example.org", "Sincerely,"]

# What each letter must say. Dates are the case's facts, formatted as letters print them.
REQUIRED: dict[str, list[str]] = {
    "federal-request": [
        "Freedom of Information Act Request: ICE's use of Clearview AI facial recognition technology",
        "U.S. Immigration and Customs Enforcement",
        "500 12th Street SW, Stop 5009",
        "By email: ice-foia@ice.dhs.gov",
        "Freedom of Information Act (FOIA), 5 U.S.C. § 552.",
        "created, sent or received from January 1, 2019, through the date of the search",
        "All contracts, purchase orders and licence agreements between ICE and Clearview AI, Inc.",
        "Records showing how many searches ICE personnel ran with Clearview AI",
        "October 19, 2020",
        "20 working days, as 5 U.S.C. § 552(a)(6)(A)(i) requires",
        "5 U.S.C. § 552(a)(8)(A)(i)",
        "by telephone at (212) 555-0147 (daytime)",
    ],
    "state-request": [
        "Public Records Request: SFPD use of facial recognition software",
        "under the California Public Records Act, Gov. Code § 7920.000 et seq.",
        "a response is due within 10 calendar days",
        "All records of the Department's use of facial recognition software, including Clearview AI.",
        "San Francisco Police Department",
        "I agree to pay fees of up to $50.00.",
    ],
    "follow-up": [
        "Overdue Freedom of Information Act request No. 2021-ICFO-00123",
        "On October 19, 2020, I submitted a request under the Freedom of Information Act, 5 U.S.C. § 552",
        "received it on October 20, 2020",
        f"tracking number {TRACKING}",
        "The agency had 20 working days under 5 U.S.C. § 552(a)(6)(A)(i) to make a determination",
        "due by November 17, 2020",
        "104 days late",
        "5 U.S.C. § 552(a)(7)(B)",
        "an estimated date on which the agency will complete action",
        "5 U.S.C. § 552(a)(4)(A)(viii)(II)",
        "5 U.S.C. § 552(a)(6)(C)(i)",
    ],
    "appeal-withholding": [
        "FREEDOM OF INFORMATION ACT APPEAL",
        f"Re: Freedom of Information Act Appeal, Request No. {TRACKING}",
        "Appeals Officer (test address)",
        "Dear Appeals Officer:",
        "final determination of the U.S. Immigration and Customs Enforcement dated September 3, 2021",
        f"assigned tracking number {TRACKING}",
        "submitted on October 19, 2020",
        "212 pages released in full or in part, 38 pages withheld in full",  # pages withheld count those in full
        "under Exemptions 5, 6, 7(C), and 7(E)",
        "Exemption 5, 5 U.S.C. § 552(b)(5)",
        "Exemption 6, 5 U.S.C. § 552(b)(6)",
        "Exemption 7(C), 5 U.S.C. § 552(b)(7)(C)",
        "Exemption 7(E), 5 U.S.C. § 552(b)(7)(E)",
        "Foreseeable harm.",
        "5 U.S.C. § 552(a)(8)(A)(i)",
        "Segregability.",
        "5 U.S.C. § 552(a)(8)(A)(ii)",
        "Exemptions 6 and 7(C).",
        "Office of Government Information Services",
        "5 U.S.C. § 552(a)(6)(A)(ii)",
    ],
    "appeal-inadequate-search": [
        "FREEDOM OF INFORMATION ACT APPEAL",
        f"Freedom of Information Act Appeal, Request No. {TRACKING}",
        "dated September 3, 2021",
        "found no records responsive to the request",
        "the agency's search was inadequate",
        "Weisberg v. Department of Justice, 705 F.2d 1344, 1351 (D.C. Cir. 1983)",
        "Oglesby v. Department of the Army, 920 F.2d 57, 68 (D.C. Cir. 1990)",
        "All communications between ICE personnel and Clearview AI, Inc. representatives.",
        "new search",
    ],
    "appeal-fee-denial": [
        "FREEDOM OF INFORMATION ACT APPEAL",
        f"Freedom of Information Act Appeal, Request No. {TRACKING}: fees",
        "dated November 2, 2020, denying a waiver of fees",
        "5 U.S.C. § 552(a)(4)(A)(iii)",
        "The records concern the operations or activities of the government.",
        "The public knows almost nothing about how ICE uses facial recognition on immigrants.",
        "not primarily in the requester's commercial interest",
        "representative of the news media",
        "5 U.S.C. § 552(a)(4)(A)(ii)(II)",
        "news-media fee category",
    ],
    "appeal-expedite-denial": [
        "FREEDOM OF INFORMATION ACT APPEAL",
        f"Freedom of Information Act Appeal, Request No. {TRACKING}: expedited processing",
        "dated October 29, 2020, denying expedited processing",
        "5 U.S.C. § 552(a)(6)(E)(v)(I)-(II)",
        "ICE is using the technology now to locate people for arrest",
        "true and correct to the best of my knowledge and belief. 5 U.S.C. § 552(a)(6)(E)(vi)",
        "5 U.S.C. § 552(a)(6)(E)(ii)(II)",
    ],
    "appeal-no-response": [
        "FREEDOM OF INFORMATION ACT APPEAL",
        "Freedom of Information Act Appeal, request of October 19, 2020: failure to respond",
        "I submitted the request on October 19, 2020",
        "the agency has not assigned the request a tracking number",
        "The determination was due by November 17, 2020",
        "104 days later",
        "no appeal period has begun to run",
        "constructive denial",
        "5 U.S.C. § 552(a)(6)(C)(i)",
        "5 U.S.C. § 552(a)(7)(B)(ii)",
    ],
    # State appeals: each to its own appeal body, citing its own section (deemed denials by silence).
    "appeal-ny": [
        "FREEDOM OF INFORMATION LAW APPEAL",
        "N.Y. Pub. Off. Law § 89(4)(a)",
        "N.Y. Pub. Off. Law § 89(3)(a)",
        "failure to answer in time",
        "due by September 15, 2025",
        "§ 87(2)",
        "§ 89(4)(b)",
        "within ten business days of receiving this appeal",
    ],
    "appeal-pa": [
        "RIGHT-TO-KNOW LAW APPEAL",
        "Office of Open Records",
        "333 Market Street, 16th Floor",
        "65 P.S. § 67.1101(a)(1)",
        "deemed denial",
        "due by July 8, 2025",
        "65 P.S. § 67.305(a)",
        "65 P.S. § 67.708(a)(1)",
        "65 P.S. § 67.1101(b)(1)",
        "A copy of the request is enclosed",
    ],
    "appeal-il": [
        "REQUEST FOR REVIEW",
        "Public Access Counselor",
        "500 South Second Street",
        "5 ILCS 140/9.5(a)",
        "5 ILCS 140/3(d)",
        "5 ILCS 140/1.2",
        "due by March 10, 2025",
        "Dear Public Access Counselor:",
    ],
    "appeal-ma": [
        "PUBLIC RECORDS APPEAL",
        "Supervisor of Records",
        "One Ashburton Place",
        "G.L. c. 66 § 10A(a)",
        "950 CMR 32.08(1)",
        "G.L. c. 66 § 10(b)",
        "due by April 29, 2025",
        "Records Access Officer",
    ],
    "clarification": [
        f"Clarification of Freedom of Information Act request No. {TRACKING}",
        "your letter of November 2, 2020, asking me to clarify my request of October 19, 2020,",
        "Freedom of Information Act, 5 U.S.C. § 552",
        "All contracts, purchase orders and licence agreements between ICE and Clearview AI, Inc.",
        "5 U.S.C. § 552(a)(6)(A)(ii)(I)",
    ],
}


def test_every_builtin_template_has_a_case_and_checks() -> None:
    names = set(TemplateLibrary().names())
    assert names == set(CASES) == set(REQUIRED)


@pytest.mark.parametrize("name", sorted(CASES))
def test_builtin_letter_contains_its_required_parts(name: str, tmp_path: Path) -> None:
    texts = render_both(name, CASES[name], tmp_path)
    for suffix, text in texts.items():
        for part in [*COMMON, *REQUIRED[name]]:
            assert normalised(part) in text, f"{name}{suffix} lacks: {part}"
        # A full date inside a sentence is set off by commas: "dated March 2, 2021, on my request".
        missing = re.findall(r".{30}[A-Z][a-z]+ \d{1,2}, \d{4} [a-z]+", text)
        assert not missing, f"{name}{suffix}: year without its comma: {missing}"
        # A placeholder that printed Python's idea of "nothing" would show up as one of these.
        for blank in ("None", "Undefined", "{{", "}}", "{%"):
            assert blank not in text, f"{name}{suffix} contains {blank!r}"
        # Every case is a timely appeal: the timeliness paragraph appears only when the engine says late.
        assert "Timeliness" not in text and "nevertheless consider" not in text, name


@pytest.mark.parametrize("name", FEDERAL_APPEALS)
def test_appeals_are_marked_in_heading_and_subject(name: str, tmp_path: Path) -> None:
    """6 C.F.R. § 5.8(a)(1): DHS wants the letter marked "Freedom of Information Act Appeal"."""
    for text in render_both(name, CASES[name], tmp_path).values():
        assert text.count("FREEDOM OF INFORMATION ACT APPEAL") == 1
        assert "Re: Freedom of Information Act Appeal" in text


@pytest.mark.parametrize("name", FEDERAL_APPEALS)
def test_ogis_mediation_is_optional(name: str, tmp_path: Path) -> None:
    (tmp_path / "with").mkdir()
    (tmp_path / "without").mkdir()
    with_ogis = render_both(name, CASES[name], tmp_path / "with")
    without = render_both(name, CASES[name], tmp_path / "without", mention_ogis=False)
    for suffix in (".docx", ".pdf"):
        assert "Office of Government Information Services" in with_ogis[suffix]
        assert "Office of Government Information Services" not in without[suffix]


def test_additional_text_appears_in_an_appeal(tmp_path: Path) -> None:
    texts = render_both(
        "appeal-inadequate-search",
        CASES["appeal-inadequate-search"],
        tmp_path,
        additional_text="Records published in 2021 show that ICE bought Clearview licences on **June 19, 2019**.",
    )
    for text in texts.values():
        assert "Records published in 2021 show that ICE bought Clearview licences on June 19, 2019." in text


def test_follow_up_for_a_state_request_cites_the_state_law(tmp_path: Path) -> None:
    from letter_fixtures import CALIFORNIA, SFPD, Case, FakeDeadlines, overdue_deadlines, state_request

    case = Case(
        state_request(sent_on=SENT),
        deadlines=FakeDeadlines(response_due=overdue_deadlines().response_due),
        jurisdiction=CALIFORNIA,
        agency=SFPD,
        today=SENT.replace(month=12),
    )
    for text in render_both("follow-up", case, tmp_path).values():
        assert "Overdue public records request: SFPD use of facial recognition software" in text
        assert "under the California Public Records Act, Gov. Code § 7920.000 et seq., for records" in text
        assert "the agency had 10 calendar days to respond" in text
        assert "Dear Records Officer:" in text or "Dear Custodian of Records:" in text
        assert "§ 552(a)(7)(B)" not in text  # the federal estimated-completion right is not claimed


def test_a_subject_inside_a_sentence_loses_its_title_capital_but_the_re_line_keeps_it(tmp_path: Path) -> None:
    from letter_fixtures import Case, FakeDeadlines, clearview_request, overdue_deadlines

    case = Case(clearview_request(subject="Charge-processing manuals"),
                deadlines=FakeDeadlines(response_due=overdue_deadlines().response_due), today=SENT.replace(month=12))
    for text in render_both("follow-up", case, tmp_path).values():
        assert ": Charge-processing manuals" in text  # the "Re:" line is a title
        assert "under the Freedom of Information Act, 5 U.S.C. § 552, for records concerning " \
               "charge-processing manuals." in normalised(text)


def _paragraphs(name: str, case: object) -> list[str]:
    from letter_fixtures import context_for

    from foiatrack.letters import render_letter
    from foiatrack.letters.document import Paragraph

    document = render_letter(TemplateLibrary().get(name), context_for(case))  # type: ignore[arg-type]
    return [normalised("".join(run.text for run in block.runs)) for block in document.body
            if isinstance(block, Paragraph)]


def test_follow_up_closes_in_its_own_paragraph_and_speaks_in_the_first_person() -> None:
    """The thanks and contact lines are not run on after the fee and exhaustion citations."""
    paragraphs = _paragraphs("follow-up", CASES["follow-up"])
    assert any(p.startswith("Thank you for your prompt attention to this request.") for p in paragraphs), paragraphs
    fees = next(p for p in paragraphs if "5 U.S.C. § 552(a)(4)(A)(viii)(II)" in p)
    assert "Thank you" not in fees
    assert "I am deemed to have exhausted my administrative remedies, 5 U.S.C. § 552(a)(6)(C)(i)." in fees
    assert "the requester is deemed" not in fees


def test_inadequate_search_says_why_records_should_exist_in_whole_sentences() -> None:
    paragraphs = _paragraphs("appeal-inadequate-search", CASES["appeal-inadequate-search"])
    likely = next(p for p in paragraphs if p.startswith("Responsive records are likely to exist."))
    assert ". Matters of this kind ordinarily generate contracts, procurement files, correspondence" in likely
    assert "activities of the kind" not in likely
