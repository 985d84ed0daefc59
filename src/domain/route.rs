//! The app's views and their addresses.
//!
//! Routes live in the URL fragment (`#/guide`), so every view has its own address, reload and
//! the back button work, and the app runs from any folder of any static host with no rewrite
//! rules: the server only ever sees the folder's `index.html`.

/// One view of the app.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Route {
    Home,
    Assessment,
    Calculator,
    Workspace,
    Guide,
    Settings,
    /// An address the app does not know; the path is kept to show it back.
    NotFound(String),
}

impl Route {
    /// Every known view, in the order of the site's navigation.
    pub const KNOWN: [Route; 6] = [
        Route::Home,
        Route::Assessment,
        Route::Calculator,
        Route::Workspace,
        Route::Guide,
        Route::Settings,
    ];

    /// Reads a location hash such as `#/guide`, `#/guide/` or `#/guide?x=1`.
    pub fn from_hash(hash: &str) -> Route {
        let hash = hash.strip_prefix('#').unwrap_or(hash);
        let path = hash.split(['?', '#']).next().unwrap_or_default();
        let path = path.trim_start_matches('/').trim_end_matches('/');
        match path {
            "" => Route::Home,
            "assessment" => Route::Assessment,
            "calculator" => Route::Calculator,
            "workspace" => Route::Workspace,
            "guide" => Route::Guide,
            "settings" => Route::Settings,
            other => Route::NotFound(other.to_owned()),
        }
    }

    /// The part of a hash after the route that names a section of the page:
    /// `#/guide#benefits` gives `benefits`.
    pub fn section_of(hash: &str) -> Option<&str> {
        let hash = hash.strip_prefix('#').unwrap_or(hash);
        let (_, section) = hash.split_once('#')?;
        let section = section.split('?').next().unwrap_or_default();
        let valid = !section.is_empty()
            && section
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
        valid.then_some(section)
    }

    /// A link to a section of this view's page.
    pub fn section_href(&self, section: &str) -> String {
        format!("{}#{section}", self.href())
    }

    /// The link to this view, relative to the page, so it works under any sub-path.
    pub fn href(&self) -> String {
        match self {
            Route::Home => "#/".to_owned(),
            Route::Assessment => "#/assessment".to_owned(),
            Route::Calculator => "#/calculator".to_owned(),
            Route::Workspace => "#/workspace".to_owned(),
            Route::Guide => "#/guide".to_owned(),
            Route::Settings => "#/settings".to_owned(),
            Route::NotFound(path) => format!("#/{path}"),
        }
    }

    /// The view's name, as its heading and in the browser tab.
    pub fn title(&self) -> &'static str {
        match self {
            Route::Home => "Decide how to get technical leadership",
            Route::Assessment => "Self-assessment",
            Route::Calculator => "Cost comparison",
            Route::Workspace => "Founder's workspace",
            Route::Guide => "What is a fractional CTO?",
            Route::Settings => "Settings and your data",
            Route::NotFound(_) => "Page not found",
        }
    }

    /// The text of the document's `<title>`.
    pub fn document_title(&self) -> String {
        format!("{} – {}", self.title(), super::APP_NAME)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_hashes() {
        let cases = [
            ("", Route::Home),
            ("#", Route::Home),
            ("#/", Route::Home),
            ("#/guide", Route::Guide),
            ("#/guide/", Route::Guide),
            ("#guide", Route::Guide),
            ("#/calculator?currency=EUR", Route::Calculator),
            ("#/assessment#question-3", Route::Assessment),
            ("#/settings", Route::Settings),
            ("#/workspace", Route::Workspace),
            ("#/nope", Route::NotFound("nope".into())),
            ("#/guide/extra", Route::NotFound("guide/extra".into())),
            ("#/GUIDE", Route::NotFound("GUIDE".into())),
        ];
        for (hash, route) in cases {
            assert_eq!(Route::from_hash(hash), route, "{hash:?}");
        }
    }

    #[test]
    fn every_view_has_a_distinct_address_that_leads_back_to_it() {
        for route in Route::KNOWN {
            assert_eq!(Route::from_hash(&route.href()), route);
            assert!(
                route.href().starts_with("#/"),
                "relative to the page: {route:?}"
            );
        }
        let mut hrefs: Vec<_> = Route::KNOWN.iter().map(Route::href).collect();
        hrefs.dedup();
        assert_eq!(hrefs.len(), Route::KNOWN.len());
    }

    #[test]
    fn reads_sections() {
        let cases = [
            ("#/guide#benefits", Some("benefits")),
            ("#/guide#seven-steps?x=1", Some("seven-steps")),
            ("#/guide", None),
            ("#/guide#", None),
            ("#/guide#<script>", None),
            ("#/guide#a b", None),
            ("", None),
        ];
        for (hash, section) in cases {
            assert_eq!(Route::section_of(hash), section, "{hash:?}");
        }
        let href = Route::Guide.section_href("benefits");
        assert_eq!(Route::from_hash(&href), Route::Guide);
        assert_eq!(Route::section_of(&href), Some("benefits"));
    }

    #[test]
    fn titles_name_the_app() {
        assert_eq!(
            Route::Guide.document_title(),
            "What is a fractional CTO? – CTO Compass"
        );
    }

    #[cfg(not(target_arch = "wasm32"))]
    mod properties {
        use super::*;
        use proptest::prelude::*;

        proptest! {
            #[test]
            fn any_hash_gives_a_route_whose_link_gives_it_back(hash in "#?/?[a-z/?#=&.%-]{0,30}") {
                let route = Route::from_hash(&hash);
                if let Route::NotFound(path) = &route {
                    prop_assert!(!path.starts_with('/') && !path.ends_with('/'));
                }
                prop_assert_eq!(Route::from_hash(&route.href()), route);
            }
        }
    }
}
