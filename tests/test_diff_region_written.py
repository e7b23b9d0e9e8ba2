"""The diff's --region takes a place as the reader writes a document's region."""

from __future__ import annotations

import pytest

from pilotplans.diff.sources import with_region
from pilotplans.errors import UnknownValue
from pilotplans.schema.models import Document, SourceFile


def _document() -> Document:
    source = SourceFile(path="plan.txt", name="plan.txt", sha256="0" * 64, format="text", size=1)
    return Document(id="plan", title="鼓楼区服务业扩大开放试点实施方案", source=source)


def test_a_county_several_places_bear_is_taken_written_after_its_city():
    # the reader writes 南京市鼓楼区 for 鼓楼区's plan; --region refused what the reader itself writes
    assert with_region(_document(), "南京市鼓楼区").region == "南京市鼓楼区"


@pytest.mark.parametrize("region", ["鼓楼区", "南京市朝阳区"])
def test_a_name_several_places_bear_or_a_county_under_another_city_is_still_refused(region):
    with pytest.raises(UnknownValue):
        with_region(_document(), region)
