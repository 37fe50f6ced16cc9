-- A metric across calls: every figure management gave for it, oldest call first.
-- Change the metric in the WHERE clause (capex, revenue, storage_deployments, milestone, ...).
SELECT c.call_date,
       f.call_id,
       f.metric,
       f.subject,
       f.kind,
       f.value,
       f.value_low,
       f.value_high,
       f.unit,
       f.qualifier,
       f.period_label,
       f.period_end,
       f.speaker,
       f.evidence
FROM figures f
JOIN calls c USING (call_id)
WHERE f.metric = 'capex'
ORDER BY c.call_date, f.char_start;
