"""The OpenAPI schema documents the library report shape field for field."""

import dataclasses

from checkreport import Finding, Report


def test_schema_and_docs_are_public(client, db):
    schema = client.get("/api/openapi.json").json()
    assert {"/api/check/", "/api/check/pdf/"} <= set(schema["paths"])
    assert client.get("/api/docs").status_code == 200


def test_documented_report_matches_report_to_dict(client, db):
    schema = client.get("/api/openapi.json").json()
    components = schema["components"]["schemas"]
    report = components["ReportOut"]["properties"]
    assert set(report) == set(Report(checker="compliance", profile="de").to_dict()) | {"text"}
    finding = components["Finding"]["properties"]
    assert set(finding) == {f.name for f in dataclasses.fields(Finding)}


def test_request_body_is_documented_with_profiles(client, db):
    operation = client.get("/api/openapi.json").json()["paths"]["/api/check/"]["post"]
    body = operation["requestBody"]["content"]["application/json"]["schema"]
    assert body["properties"]["profile"]["enum"] == ["de", "en", "de-x-ls"]
    assert {"400", "401", "413", "429"} <= set(operation["responses"])
    assert operation["security"]
