//! Text of "Signaler une erreur" (form, thanks, corrections shown on
//! records), per language. Numbers are `{placeholders}` filled from the data.

pub struct Reports {
    pub link: &'static str,
    pub title: &'static str,
    /// `{name}`: the record.
    pub h1: &'static str,
    pub private_h: &'static str,
    pub private: &'static str,
    pub not_help: &'static str,
    /// `{police}`, `{eu}`, `{sms}`, `{line}`.
    pub danger: &'static str,
    pub what: &'static str,
    /// Label of each field, in `Field::ALL` order.
    pub fields: [&'static str; 5],
    pub value: &'static str,
    pub value_hint: &'static str,
    pub comment: &'static str,
    pub comment_hint: &'static str,
    pub trap: &'static str,
    pub send: &'static str,
    pub thanks_title: &'static str,
    pub thanks: &'static str,
    pub back: &'static str,
    /// `{name}`: the record the report was about.
    pub back_record: &'static str,
    /// `{v}`: what the record says today, beside each choice.
    pub on_file: &'static str,
    pub none_on_file: &'static str,
    pub err_field: &'static str,
    pub err_long: &'static str,
    pub err_control: &'static str,
    pub err_busy: &'static str,
    pub err_too_many: &'static str,
    pub err_off: &'static str,
    pub err_cross_site: &'static str,
    /// `{field}`, `{date}`: shown beside a corrected value.
    pub corrected: &'static str,
}
