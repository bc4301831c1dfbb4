from __future__ import annotations

from gkcat.checks.citations import fix_document_numbers, is_balanced


def test_document_numbers_with_square_or_round_brackets_are_fixed() -> None:
    assert fix_document_numbers("《意见》（国办发[2019]54号）") == [
        ("国办发[2019]54号", "国办发〔2019〕54号")
    ]
    assert fix_document_numbers("财社(2014) 113号") == [("财社(2014) 113号", "财社〔2014〕113号")]


def test_correct_numbers_and_order_numbers_are_left_alone() -> None:
    assert fix_document_numbers("《条例》（国务院令第711号）；民发〔2021〕57号") == []
    assert fix_document_numbers("《中华人民共和国义务教育法》（2018年修正）") == []


def test_title_marks_must_balance_and_nest() -> None:
    assert is_balanced("《关于〈办法〉的通知》")
    assert is_balanced("《甲》《乙》")
    assert not is_balanced("《甲")
    assert not is_balanced("甲》《乙")
