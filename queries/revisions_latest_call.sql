-- What changed in each company's latest call? Its guidance raised, lowered, reaffirmed,
-- new, pulled in, pushed out, and what it dropped, against the previous statement.
SELECT r.ticker,
       r.call_id,
       r.revision,
       r.metric,
       r.subject,
       coalesce(r.period_label, r.previous_period_label) AS period_label,
       coalesce(r.period_framed, r.previous_period_framed) AS period_framed,  -- the period is the one the turn set
       r.value,
       r.value_low,
       r.value_high,
       r.unit,
       r.qualifier,
       r.previous_call_id,
       r.previous_value,
       r.previous_value_low,
       r.previous_value_high,
       r.previous_period_label,
       coalesce(r.speaker, r.previous_speaker) AS speaker,
       coalesce(r.evidence, r.previous_evidence) AS evidence
FROM guidance_revisions r
JOIN (SELECT ticker, max(call_seq) AS call_seq FROM call_sequence GROUP BY ticker) latest USING (ticker, call_seq)
WHERE r.kind = 'guidance'
ORDER BY r.ticker,
         CASE r.revision WHEN 'new' THEN 2 WHEN 'reaffirmed' THEN 3 ELSE 1 END,
         r.metric, r.subject;
