{{%AUTOESCAPE context="HTML"}}<section class="desk-panel" id="sertifikat">
<h2>Sertifikat elektronik</h2>
{{#reason}}<p>Alasan pencabutan dari pemegang: <strong>{{label}}</strong>{{#rfc}}<br><small>RFC 5280 CRLReason: <code>{{rfc}}</code> ({{rfc_value}})</small>{{/rfc}}</p>
{{#office}}<p>Alasan yang diajukan ke BSrE: <strong>{{label}}</strong><br><small>RFC 5280 CRLReason: <code>{{rfc}}</code> ({{rfc_value}})</small></p>{{/office}}{{/reason}}
{{#reason_form}}<form method="post" action="/staf/permohonan/{{number}}/sertifikat/alasan">
<input type="hidden" name="_csrf" value="{{csrf}}">
<label for="alasan-bsre">Alasan pencabutan yang diajukan ke BSrE</label>
<select id="alasan-bsre" name="alasan"{{#error}} aria-invalid="true" aria-describedby="alasan-error"{{/error}}>{{#options}}<option value="{{code}}"{{#selected}} selected{{/selected}}>{{label}} ({{code}})</option>{{/options}}</select>
{{#error}}<small class="error" id="alasan-error" role="alert">{{error}}</small>{{/error}}
<button type="submit" class="secondary">Catat alasan</button>
</form>{{/reason_form}}
{{#issuing}}{{#certificate}}<p>Berlaku sampai: <strong>{{expires}}</strong>{{#superseded}} <small>(sudah digantikan sertifikat yang lebih baru)</small>{{/superseded}}</p>
{{#reminders}}<p><small>Pengingat {{days}} hari sebelum berakhir dikirim {{at}}.</small></p>{{/reminders}}{{/certificate}}
{{#no_certificate}}<p>Tanggal berakhir sertifikat belum dicatat.</p>{{/no_certificate}}
<p><small>Pemegang diingatkan lewat email {{plan}} hari sebelum sertifikat berakhir.</small></p>
{{#form}}<form method="post" action="/staf/permohonan/{{number}}/sertifikat/masa-berlaku">
<input type="hidden" name="_csrf" value="{{csrf}}">
<label for="berlaku-sampai">Tanggal berakhir sertifikat (masa berlaku / notAfter, dari BSrE)</label>
<input id="berlaku-sampai" type="date" name="berlaku_sampai" value="{{typed}}" required{{#error}} aria-invalid="true" aria-describedby="berlaku-error"{{/error}}>
{{#error}}<small class="error" id="berlaku-error" role="alert">{{error}}</small>{{/error}}
<button type="submit">Catat masa berlaku</button>
</form>{{/form}}{{/issuing}}
</section>
