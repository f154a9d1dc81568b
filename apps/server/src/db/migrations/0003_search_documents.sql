DROP INDEX "messages_search_idx";--> statement-breakpoint
DROP INDEX "tickets_ws_updated_idx";--> statement-breakpoint
DROP INDEX "tickets_ws_status_updated_idx";--> statement-breakpoint
DROP INDEX "tickets_ws_assignee_status_idx";--> statement-breakpoint
DROP INDEX "tickets_ws_group_status_idx";--> statement-breakpoint
DROP INDEX "tickets_ws_due_idx";--> statement-breakpoint
CREATE INDEX "tickets_ws_updated_idx" ON "tickets" USING btree ("workspace_id","updated_at" DESC NULLS LAST,"id") WHERE "tickets"."merged_into_id" is null;--> statement-breakpoint
CREATE INDEX "tickets_ws_status_updated_idx" ON "tickets" USING btree ("workspace_id","status","updated_at" DESC NULLS LAST,"id") WHERE "tickets"."merged_into_id" is null;--> statement-breakpoint
CREATE INDEX "tickets_ws_assignee_status_idx" ON "tickets" USING btree ("workspace_id","assignee_id","status") WHERE "tickets"."merged_into_id" is null;--> statement-breakpoint
CREATE INDEX "tickets_ws_group_status_idx" ON "tickets" USING btree ("workspace_id","group_id","status") WHERE "tickets"."merged_into_id" is null;--> statement-breakpoint
CREATE INDEX "tickets_ws_due_idx" ON "tickets" USING btree ("workspace_id","due_at") WHERE "tickets"."due_at" is not null and "tickets"."merged_into_id" is null and "tickets"."status" not in ('solved', 'closed');--> statement-breakpoint
-- Backfill each ticket's search document from its subject and all of its messages.
UPDATE "tickets" t SET "search_vector" =
  setweight(to_tsvector((CASE t."language" WHEN 'fi' THEN 'tuki_fi' WHEN 'nb' THEN 'tuki_nb' WHEN 'et' THEN 'tuki_et' WHEN 'en' THEN 'tuki_en' ELSE 'simple' END)::regconfig, t."subject"), 'A')
  || coalesce((SELECT setweight(to_tsvector((CASE t."language" WHEN 'fi' THEN 'tuki_fi' WHEN 'nb' THEN 'tuki_nb' WHEN 'et' THEN 'tuki_et' WHEN 'en' THEN 'tuki_en' ELSE 'simple' END)::regconfig, string_agg(m."body_text", ' ' ORDER BY m."created_at")), 'B')
               FROM "messages" m WHERE m."ticket_id" = t."id"), ''::tsvector);
