{{%AUTOESCAPE context="HTML"}}<h1>Lacak Permohonan</h1>
<p>Masukkan nomor permohonan dan kode pelacakan yang Anda terima saat mengajukan permohonan. Tidak perlu akun.</p>
{{#error}}<p class="error" role="alert">{{error}}</p>{{/error}}
<form method="post" action="/lacak">
<input type="hidden" name="_csrf" value="{{csrf}}">
<label for="nomor">Nomor permohonan</label>
<input id="nomor" name="nomor" value="{{nomor}}" placeholder="LPS-2026-000123" autocomplete="off">
<label for="kode">Kode pelacakan (atau tempel tautan pelacakan)</label>
<input id="kode" name="kode" autocomplete="off">
<button type="submit">Lacak</button>
</form>
<p><a href="/lacak/kirim-ulang">Kehilangan tautan atau kode pelacakan?</a></p>
