ALTER TABLE "inbound_emails" ADD COLUMN "next_attempt_at" timestamp with time zone DEFAULT now();--> statement-breakpoint
CREATE INDEX "inbound_emails_due_idx" ON "inbound_emails" USING btree ("next_attempt_at") WHERE "inbound_emails"."next_attempt_at" is not null;--> statement-breakpoint
-- Stored mail is now claimed by workers from this table (no queue job per mail): only unprocessed mail is due.
UPDATE "inbound_emails" SET "next_attempt_at" = CASE WHEN "status" = 'received' THEN "received_at" ELSE NULL END;
