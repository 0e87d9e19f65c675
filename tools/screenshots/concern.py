"""Screenshots of the guided concern flow and the People page, with fictional people.

``tools.screenshots`` calls :func:`shoot_concern_screens` once the main window is showing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication, QWidget

from dsl_desktop.domain import InformationKind, Stage, Validation
from dsl_desktop.services import concerns as cs
from dsl_desktop.services import drafts
from dsl_desktop.services.people import Address, PersonInput, add_person

if TYPE_CHECKING:
    from ui.concern.page import ConcernsPage
    from ui.pages import PageContext


def _settle() -> None:
    for _ in range(5):
        QApplication.processEvents()


def _people(ctx: PageContext) -> dict[str, int]:
    today = dt.date.today()
    made = {}
    for key, data in (
        ("cerys", PersonInput(
            forenames="Cerys", surname="Ap Ifan", other_names="Cez",
            date_of_birth=dt.date(today.year - 13, 2, 11), gender="Female",
            school_or_occupation="Year 8", upn_or_staff_code="H801234567890",
            addresses=(Address("3 Lôn Glan Môr\nLlanfair Celyn\nLL00 2CD", True),),
            first_language="Welsh", nationality="British",
            family_details="Rhiannon Ap Ifan (mother), 07700 900456",
        )),
        ("tomasz", PersonInput(
            forenames="Tomasz", surname="Nowak", date_of_birth=dt.date(today.year - 15, 9, 30),
            gender="Male", school_or_occupation="Year 10", first_language="Polish",
            nationality="Polish", send="Autism (EHCP)",
        )),
        ("sian", PersonInput(
            forenames="Siân", surname="O'Connell", approx_age=16, gender="Female",
            school_or_occupation="Year 11",
        )),
    ):  # fmt: skip
        made[key] = add_person(ctx.vault, data).id
    return made


def _concern_at_check(ctx: PageContext, person_id: int) -> int:
    noticed = dt.datetime.now().replace(second=0, microsecond=0) - dt.timedelta(days=2, hours=1)
    ref = cs.create_concern(
        ctx.vault,
        cs.NoticeInput(
            person_id=person_id,
            noticed_by="Mr Rhys Evans, form tutor",
            noticed_at=noticed,
            account="During registration he said “people like them should be sent back, and "
            "someone will make it happen soon”, and showed a flag sticker on his planner.",
            immediate_danger=False,
            location="Form room 12",
            others_present="Two pupils from his form",
            indicators=("hostile_language", "symbols"),
            category="not_yet_known",
        ),
    )
    cs.move_to(ctx.vault, ref.id, Stage.CHECK)
    cs.add_information(
        ctx.vault, ref.id,
        cs.InformationInput("A classmate says he watches a channel that posts hateful videos.",
                            InformationKind.ASSERTION, Validation.UNCORROBORATED,
                            "Pupil in his form", noticed.date()),
    )  # fmt: skip
    cs.add_information(
        ctx.vault, ref.id,
        cs.InformationInput("He must be getting these ideas from his older brother.",
                            InformationKind.ASSUMPTION, Validation.UNCORROBORATED,
                            "Staff room conversation", noticed.date()),
    )  # fmt: skip
    return ref.id


def shoot_concern_screens(shoot: Callable[[QWidget, str], object], ctx: PageContext) -> None:
    from ui.people.dialog import PersonDialog

    window = ctx.window
    page: ConcernsPage = window.page("concerns")  # type: ignore[assignment]
    people = _people(ctx)
    window.resize(1280, 860)

    # The list (empty in a new vault: it says what to do), then the notice form with the 999
    # instruction.
    window.show_page("concerns")
    page.show_list()
    shoot(window, "concern-01-list")

    form = page.open_new()
    form.danger.set_value("yes")
    form.emergency_action.setPlainText("Mrs Evans called 999 at 10:32; police attended by 10:50.")
    _settle()
    form.scroll_area.verticalScrollBar().setValue(0)
    shoot(window, "concern-02-notice-immediate-danger")

    form.danger.set_value("no")
    form.person.search.setText("cerys")
    _settle()
    form.person.choose_row(0, move_on=False)
    form.noticed_by.setText("Mrs Siân Lloyd, lunchtime supervisor")
    form.location.setText("Dining hall")
    form.account.setPlainText(
        "In the lunch queue Cerys said “they all deserve what’s coming to them” about the new "
        "mosque in town, and said she had “seen the videos”."
    )
    form.others_present.setText("Two Year 8 pupils")
    form.indicators.set_value(["hostile_language", "fixated_topic"])
    _settle()
    shoot(window, "concern-03-notice")
    form.category.setCurrentIndex(form.category.findData("not_yet_known"))
    form.more.set_open(True)
    form.details["online_activity"].setPlainText(
        "Says she watches livestreams on a banned channel."
    )
    _settle()
    bar = form.scroll_area.verticalScrollBar()
    bar.setValue(bar.maximum())
    _settle()
    shoot(window, "concern-04-notice-signs-and-detail")
    bar.setValue(0)
    form.drafts.discard()
    page.show_list()

    # Check, with the cautions the guidance raises.
    check_id = _concern_at_check(ctx, people["tomasz"])
    case = page.open_case(check_id, "check")
    assert case is not None
    case.check.info_form.content.setPlainText("Saw the flag sticker on his planner myself.")
    case.check.info_form.source.setText("Mr Rhys Evans")
    _settle()
    shoot(window, "concern-05-check")

    # Decide, with answers and what they point to.
    cs.add_information(ctx.vault, check_id, cs.InformationInput(
        "Saw the flag sticker on his planner; it is the logo of a banned group.",
        InformationKind.OBSERVED, Validation.CORROBORATED, "Mr Rhys Evans"))  # fmt: skip
    cs.add_alternative(ctx.vault, check_id, cs.AlternativeInput(
        "Repeating what he heard in an online game without understanding it.",
        "Talked with him and his mother.", "Partly explains the words; not the sticker."))  # fmt: skip
    cs.add_consultation(ctx.vault, check_id, cs.ConsultationInput(
        "PC Bethan Morris", dt.datetime.now().replace(second=0, microsecond=0) - dt.timedelta(hours=3),
        role="Prevent officer", agency="North Wales Police", method="Phone",
        shared="The words used and the sticker", reason="Advice on next steps",
        outcome="Advised that a referral would be appropriate"))  # fmt: skip
    cs.move_to(ctx.vault, check_id, Stage.DECIDE)
    case = page.open_case(check_id, "decide")
    assert case is not None
    d = case.decide
    d.answers["immediate_risk"].set_value("no")
    d.answers["engagement"].set_value("yes")
    view = case.view
    assert view is not None
    observed = [str(i.id) for i in view.items if i.kind is InformationKind.OBSERVED]
    d.support["engagement"].set_value(observed)
    d.answers["intent"].set_value("unclear")
    d.answers["capability"].set_value("no")
    d.answers["other_vulnerabilities"].set_value("yes")
    d.answers["other_route_meets_need"].set_value("no")
    d.outcome.set_value("prevent_referral")
    d.rationale.setPlainText(
        "He has used hostile language about a faith group and displays the logo of a banned "
        "group, which I saw myself. The Prevent officer advised a referral. His autism is "
        "relevant and is described in the referral."
    )
    _settle()
    shoot(window, "concern-06-decide")
    area = case.scrolls["decide"]
    area.verticalScrollBar().setValue(area.verticalScrollBar().maximum())  # type: ignore[attr-defined]
    _settle()
    shoot(window, "concern-07-decide-record")
    d.submit()
    _settle()

    # Share.
    case.show_page("share")
    _settle()
    shoot(window, "concern-08-share")
    cs.record_referral_sent(ctx.vault, check_id, cs.ReferralSentInput(
        dt.datetime.now().replace(second=0, microsecond=0) - dt.timedelta(minutes=30),
        "prevent.referrals@example.police.uk", "Secure email"))  # fmt: skip
    cs.add_action(ctx.vault, check_id, cs.ActionInput(
        "Tell his head of year and agree a check-in each week", "Mr Rhys Evans",
        dt.date.today() + dt.timedelta(days=7)))  # fmt: skip
    view = cs.case_view(ctx.vault, check_id)
    cs.amend(ctx.vault, "concern", check_id, "location", "Form room 12 (upper school)",
             "The room number was incomplete.")  # fmt: skip
    if view.latest_referral is not None:
        cs.fill_in(
            ctx.vault, "referral", view.latest_referral.id, "police_reference", "NWP/0147/26"
        )
    case.reload()
    case.show_page("followup")
    _settle()
    shoot(window, "concern-09-actions-and-reviews")
    case.show_page("history")
    _settle()
    shoot(window, "concern-10-history")

    # People.
    page.show_list()
    shoot(window, "concern-11-open-concerns")
    window.show_page("people")
    people_page = window.page("people")
    people_page.table.selectRow(people_page.model.row_of(people["tomasz"]))  # type: ignore[union-attr]
    _settle()
    shoot(window, "people-01-list")
    dialog = PersonDialog(ctx, None, window, forenames="Gwŷn", surname="Prys")
    dialog.date_of_birth.setText("03/05/2012")
    dialog.school_or_occupation.setText("Year 9")
    dialog.first_language.setText("Welsh")
    dialog.addresses.rows[0].edit.setPlainText("12 Heol y Bont\nLlanfair Celyn\nLL00 3AB")
    shoot(dialog, "people-02-new-person")
    dialog.done(0)  # closed as it stands: reject() would ask about the typed details
    for key in ("concern:new", "concerns:view"):
        drafts.discard_draft(ctx.vault, key)
    window.show_page("home")
