-- How has management's guidance for a metric moved across calls? Every call's statement of
-- each target (one per call: the most specific, then the latest said), with its revision
-- against the call before. Change the metric (capex, storage_deployments, milestone, ...).
SELECT ticker,
       metric,
       subject,
       period_label,
       period_framed,  -- the period is the one the turn set ("Turning to the fourth quarter guidance.")
       call_id,
       call_date,
       kind,
       value,
       value_low,
       value_high,
       unit,
       qualifier,
       revision,
       previous_call_id,
       previous_period_label,
       previous_value,
       speaker,
       evidence
FROM guidance_revisions
WHERE metric = 'milestone'
ORDER BY ticker, metric, subject, target_start NULLS FIRST, call_seq;
