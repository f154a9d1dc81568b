-- Large values (raw mail, message bodies) are compressed with lz4 instead of pglz where the server has it: about four
-- times faster to compress and smaller for mail. Only new values are affected. Builds without lz4 (PGlite) keep pglz.
DO $$
BEGIN
  ALTER TABLE "inbound_emails" ALTER COLUMN "raw" SET COMPRESSION lz4;
  ALTER TABLE "messages" ALTER COLUMN "body_text" SET COMPRESSION lz4;
  ALTER TABLE "messages" ALTER COLUMN "body_html" SET COMPRESSION lz4;
  ALTER TABLE "messages" ALTER COLUMN "metadata" SET COMPRESSION lz4;
EXCEPTION WHEN feature_not_supported THEN
  RAISE NOTICE 'lz4 compression is not available; large values stay compressed with pglz';
END $$;
