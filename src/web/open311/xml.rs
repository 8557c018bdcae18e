//! Open311's XML: the JSON documents mapped back by the spec's "Spark convention" — an object
//! is an element per field, a list is an element holding one element per item, named in the
//! singular (`<services><service>…</service></services>`). No namespace, no schema.

use quick_xml::escape::escape;
use serde_json::Value;

/// The element for one item of a list named `list`.
fn singular(list: &str) -> &str {
    match list {
        "service_requests" => "request",
        "formats" => "format",
        other => other.strip_suffix('s').unwrap_or(other),
    }
}

/// `value` as a document whose root element is `root`.
pub fn document(root: &str, value: &Value) -> String {
    let mut out = String::from("<?xml version=\"1.0\" encoding=\"utf-8\"?>");
    element(&mut out, root, value);
    out
}

fn element(out: &mut String, name: &str, value: &Value) {
    out.push('<');
    out.push_str(name);
    out.push('>');
    match value {
        Value::Null => {}
        Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Value::Number(n) => out.push_str(&n.to_string()),
        Value::String(s) => out.push_str(&escape(s.as_str())),
        Value::Array(items) => {
            let item = singular(name);
            for value in items {
                element(out, item, value);
            }
        }
        Value::Object(fields) => {
            for (field, value) in fields {
                element(out, field, value);
            }
        }
    }
    out.push_str("</");
    out.push_str(name);
    out.push('>');
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn lists_hold_their_items_in_the_singular_and_text_is_escaped() {
        let doc = document(
            "service_requests",
            &json!([{"service_request_id": "SEG-1", "description": "a < b & \"c\""}]),
        );
        assert!(doc
            .starts_with("<?xml version=\"1.0\" encoding=\"utf-8\"?><service_requests><request>"));
        assert!(doc.contains("<service_request_id>SEG-1</service_request_id>"));
        assert!(doc.contains("<description>a &lt; b &amp; &quot;c&quot;</description>"));
        assert!(doc.ends_with("</request></service_requests>"));
        let nested = document(
            "discovery",
            &json!({"endpoints": [{"formats": ["text/xml"]}]}),
        );
        assert!(nested.contains("<endpoints><endpoint><formats><format>text/xml</format></formats></endpoint></endpoints>"), "{nested}");
    }
}
