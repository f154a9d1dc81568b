-- Text search configurations per content language: tuki_en, tuki_fi, tuki_nb, tuki_et.
-- Estonian stemming exists from PostgreSQL 17 on (and in PGlite); older servers get an
-- unaccented simple configuration under the same name, so the code never branches on engine.
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = 'tuki_en') THEN
    CREATE TEXT SEARCH CONFIGURATION tuki_en (COPY = english);
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = 'tuki_fi') THEN
    CREATE TEXT SEARCH CONFIGURATION tuki_fi (COPY = finnish);
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = 'tuki_nb') THEN
    CREATE TEXT SEARCH CONFIGURATION tuki_nb (COPY = norwegian);
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = 'tuki_et') THEN
    IF EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = 'estonian') THEN
      CREATE TEXT SEARCH CONFIGURATION tuki_et (COPY = estonian);
    ELSE
      CREATE TEXT SEARCH CONFIGURATION tuki_et (COPY = simple);
      ALTER TEXT SEARCH CONFIGURATION tuki_et ALTER MAPPING FOR asciiword, word, hword, hword_part, asciihword, hword_asciipart WITH unaccent, simple;
    END IF;
  END IF;
END $$;
