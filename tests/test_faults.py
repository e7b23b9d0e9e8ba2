"""Traditional characters are found as OpenCC's t2s finds them, without converting every text."""

from pilotplans.normalizers.faults import traditional_characters


def test_traditional_characters_are_listed_once_each_in_order():
    assert traditional_characters("責任單位：省商務廳、省財政廳") == ["責", "單", "務", "廳", "財"]


def test_a_character_changed_only_inside_a_phrase_is_found():
    assert traditional_characters("保持沈默") == ["沈"]


def test_a_simplified_text_has_none():
    assert traditional_characters("省商务厅牵头，省财政厅配合") == []


def test_a_phrase_is_found_by_the_character_it_changes():
    assert traditional_characters("反覆推敲") == ["覆"]


def test_a_common_character_opening_a_phrase_does_not_send_a_text_to_t2s(monkeypatch):
    import pilotplans.normalizers.faults as faults
    from pilotplans.normalizers import simplified

    def no_conversion() -> None:
        raise AssertionError("the text was sent to t2s")

    simplified.changes_nothing("")  # the tables are read before t2s is taken away
    monkeypatch.setattr(faults, "_t2s", no_conversion)
    assert traditional_characters("一以贯之，重申明确") == []


def test_a_common_word_holding_a_phrase_s_changed_character_does_not_send_a_text_to_t2s(monkeypatch):
    import pilotplans.normalizers.faults as faults
    from pilotplans.normalizers import simplified

    def no_conversion() -> None:
        raise AssertionError("the text was sent to t2s")

    simplified.changes_nothing("")  # the tables are read before t2s is taken away
    monkeypatch.setattr(faults, "_t2s", no_conversion)
    assert traditional_characters("实现全覆盖，借助平台") == []


def test_a_phrase_changed_as_a_whole_is_found_beside_a_common_word_with_its_character():
    assert traditional_characters("实现全覆盖，及时答覆企业") == ["覆"]
