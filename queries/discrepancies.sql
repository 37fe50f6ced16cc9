-- Where does the model disagree with management, as of each company's latest call? The
-- flagged statements per scenario, with the suggested retune and what it does to 2034 FCF
-- and the implied discount rate (rows are written by `pipeline diff`).
SELECT d.scenario,
       d.metric,
       d.subject,
       d.period_label,
       d.model_ref,
       d.model_year,
       d.model_value,
       d.guided_low,
       d.guided_high,
       d.unit,
       d.gap,
       round(d.gap_pct, 1) AS gap_pct,
       d.status,
       d.retune_input,
       d.retune_from,
       d.retune_to,
       d.fcf_2034_after - d.fcf_2034_before AS fcf_2034_change,
       d.implied_rate_after - d.implied_rate_before AS implied_rate_change,
       d.speaker,
       d.call_id,
       d.evidence
FROM discrepancies d
JOIN (SELECT ticker, arg_max(call_id, call_seq) AS as_of_call_id FROM call_sequence GROUP BY ticker) latest
  USING (ticker, as_of_call_id)
WHERE d.status IN ('model above guidance', 'model below guidance')
ORDER BY abs(d.gap_pct) DESC NULLS LAST, d.metric, d.scenario;
