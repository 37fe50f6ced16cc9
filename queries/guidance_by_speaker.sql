-- Who gave which guidance? Per speaker: how many targets they guided, on how many calls,
-- and which metrics, counting each call's statement of a target once.
SELECT s.ticker,
       s.speaker,
       count(*) AS guidance_statements,
       count(DISTINCT s.call_id) AS calls,
       string_agg(DISTINCT s.metric, ', ' ORDER BY s.metric) AS metrics,
       string_agg(DISTINCT s.subject, ', ' ORDER BY s.subject) FILTER (WHERE s.metric = 'milestone') AS milestones
FROM guidance_statements s
WHERE s.kind = 'guidance'
GROUP BY s.ticker, s.speaker
ORDER BY s.ticker, guidance_statements DESC, s.speaker;
